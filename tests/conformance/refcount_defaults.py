# chapter: 3
# python: 3.13+
# A function holds its default values (in its __defaults__ tuple) for
# as long as it lives; a call that uses one adds a reference only while
# it runs.
import sys

shared = object()
print(sys.getrefcount(shared))


def f(x=shared, y=shared):
    print("inside", sys.getrefcount(shared))
    return x


print(sys.getrefcount(shared))
f()
f(1, 2)
print(sys.getrefcount(shared), len(f.__defaults__))
g = lambda a=shared: a
print(sys.getrefcount(shared), g() is shared)
del f
print(sys.getrefcount(shared))
del g
print(sys.getrefcount(shared))
