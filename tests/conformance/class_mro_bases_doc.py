# chapter: 1
# A class's __mro__ (itself, then its bases up to object), __bases__,
# __base__ and __doc__ (its own docstring, not a base's).
class Shape:
    "A shape."
    sides = 0


class Square(Shape):
    sides = 4


class Oops(ValueError):
    pass


print(Shape.__mro__)
print(Square.__mro__, Square.__bases__, Square.__base__)
print(Oops.__mro__)
print(Shape.__doc__, Square.__doc__, Square().__doc__)
print(object.__bases__, object.__base__, bool.__mro__)
print(Shape().__weakref__ if hasattr(Shape(), "__weakref__") else "none")
print(Square().__dict__, Square.sides)
