# chapter: 1
# isinstance and type on built-in values and instances.
class Base:
    pass


class Derived(Base):
    pass


d = Derived()
print(isinstance(d, Base), isinstance(d, Derived), isinstance(Base(), Derived))
print(isinstance(d, (int, Base)), isinstance(3, (str, list)))
print(isinstance(1, int), isinstance(True, int), isinstance(True, bool))
print(isinstance("s", str), isinstance([], list), isinstance((), tuple))
print(isinstance({}, dict), isinstance(None, object), isinstance(d, object))
print(type(1), type(True), type("s"), type([]), type(()), type({}))
print(type(None), type(Base), type(d), type(type))
print(type(d) is Derived, type(d) is Base)
