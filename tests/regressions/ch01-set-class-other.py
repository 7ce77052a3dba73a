# chapter: 1
# An instance moved to another class, then to a built-in one.
class A:
    pass
class B:
    def hello(self):
        return "B"
a = A()
a.__class__ = B
print(type(a).__name__, a.hello())
a.__class__ = int
