# chapter: 3
# python: 3.13+
# An exception being handled is held by the handler's name, by the
# evaluation stack and as "the exception being handled"; the name goes
# at the end of the clause.  An exception holds its arguments.
import sys

try:
    raise ValueError("x")
except ValueError as e:
    print(sys.getrefcount(e))
    err = e
    print(sys.getrefcount(e))
print(sys.getrefcount(err))


def f():
    try:
        raise KeyError("k")
    except KeyError as e:
        print(sys.getrefcount(e))
        return e


r = f()
print(sys.getrefcount(r))
x = ValueError("y")
print(sys.getrefcount(x))
try:
    raise x
except ValueError:
    print(sys.getrefcount(x))
print(sys.getrefcount(x))
try:
    try:
        raise x
    finally:
        print(sys.getrefcount(x))
except ValueError:
    pass
print(sys.getrefcount(x))
obj = object()
try:
    raise ValueError(obj)
except ValueError:
    print(sys.getrefcount(obj))
print(sys.getrefcount(obj))
a = ValueError(obj)
print(sys.getrefcount(obj), sys.getrefcount(a.args))
del a
print(sys.getrefcount(obj))
key = object()
try:
    {}[key]
except KeyError as k:
    print(k.args[0] is key, sys.getrefcount(key))
print(sys.getrefcount(key))


class Tracked(Exception):
    def __del__(self):
        print("freed", self.args)


try:
    raise Tracked("one")
except Tracked:
    print("handled")
print("after the handler")
t = Tracked("two")
del t
print("end")
