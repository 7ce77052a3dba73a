# chapter: 1
# python: 3.13
# sys.getsizeof of the other objects minipy has, as CPython 3.13 counts
# them, and what getsizeof does with a class's own __sizeof__: it adds
# what lies before the object in memory (16 bytes of collector header
# for a container; 16 more for an instance of a class, its dict and
# weak-reference pointers; nothing for a built-in type itself).
import sys


def f():
    pass


class A:
    def method(self):
        pass


class B(A):
    pass


class Failure(Exception):
    pass


a = A()
a.x = 1
for label, obj in [("function", f), ("method", a.method),
                   ("builtin", len), ("bound builtin", [].append),
                   ("method descriptor", list.append), ("module", sys),
                   ("class", A), ("subclass", B), ("exception class", Failure),
                   ("built-in type", int), ("type", type), ("object", object),
                   ("instance", a), ("object()", object()),
                   ("ValueError('x')", ValueError("x")),
                   ("KeyError(1)", KeyError(1)),
                   ("StopIteration()", StopIteration()),
                   ("SystemExit(3)", SystemExit(3)),
                   ("Failure()", Failure()),
                   ("list iterator", iter([1])), ("tuple iterator", iter((1,))),
                   ("str iterator", iter("ab")), ("range iterator", iter(range(3))),
                   ("reversed list", reversed([1])), ("enumerate", enumerate([])),
                   ("zip", zip([1], [2])), ("map", map(len, [])),
                   ("filter", filter(None, [])), ("callable iterator", iter(f, 1))]:
    print(label, sys.getsizeof(obj))

print("-- __sizeof__ without the header")
print([].__sizeof__(), ().__sizeof__(), {}.__sizeof__(), a.__sizeof__())
print(object.__sizeof__([1, 2]), object.__sizeof__(5), object.__sizeof__(0),
      object.__sizeof__(-5), object.__sizeof__(2**40), object.__sizeof__("abc"),
      object.__sizeof__((1, 2)))
print(type.__sizeof__(int), type.__sizeof__(A), type.__sizeof__(Failure))
print(int.__sizeof__(2**31), str.__sizeof__("\u20ac"), list.__sizeof__([1]))
print(A.__sizeof__ is object.__sizeof__, type(int.__sizeof__).__name__)


class Sized:
    def __init__(self, size):
        self.size = size

    def __sizeof__(self):
        return self.size


print("-- a class's own __sizeof__")
for size in [0, 10, True, -1, "big", None]:
    try:
        print(repr(size), sys.getsizeof(Sized(size)))
    except (TypeError, ValueError) as e:
        print(repr(size), type(e).__name__, e)
    try:
        print(repr(size), sys.getsizeof(Sized(size), "default"))
    except (TypeError, ValueError) as e:
        print(repr(size), type(e).__name__, e)


class Broken:
    def __sizeof__(self):
        raise KeyError("no size")


class NeedsArgument:
    def __sizeof__(self, x):
        return 1


for obj in [Broken(), NeedsArgument()]:
    try:
        print(sys.getsizeof(obj, -1))
    except KeyError as e:
        print("KeyError", e)
print(sys.getsizeof(1, default=5), sys.getsizeof(object=1))

print("-- wrong arguments")
try:
    sys.getsizeof()
except TypeError as e:
    print(e)
try:
    sys.getsizeof(1, 2, 3)
except TypeError as e:
    print(e)
try:
    sys.getsizeof(o=1)
except TypeError as e:
    print(e)
try:
    sys.getsizeof(1, o=1)
except TypeError as e:
    print(e)
try:
    sys.getsizeof(1, object=1)
except TypeError as e:
    print(e)
try:
    int.__sizeof__("x")
except TypeError as e:
    print(e)
