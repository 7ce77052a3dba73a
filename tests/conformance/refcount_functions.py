# chapter: 3
# Calls: arguments move into the callee's frame, locals go when it returns,
# a returned object keeps only the caller's reference.
import sys


def f(x):
    y = x
    return sys.getrefcount(x)


def g(x):
    return sys.getrefcount(x)


def make():
    return [1]


def make_and_keep():
    x = []
    keep.append(x)
    return sys.getrefcount(x)


def store(x):
    keep.append(x)


def twice(x, y):
    return sys.getrefcount(x)


def by_keyword(first, second):
    return sys.getrefcount(second)


keep = []
a = []
print(f(a))
print(g(a))
print(sys.getrefcount(a))
print(sys.getrefcount(make()))
r = make()
print(sys.getrefcount(r))
print(make_and_keep())
print(sys.getrefcount(keep[0]))
store(a)
print(sys.getrefcount(a))
store(a)
print(sys.getrefcount(a))
keep.pop()
keep.pop()
print(sys.getrefcount(a))
print(twice(a, a))
print(by_keyword(None, second=a))
print(g(g))
print(sys.getrefcount(g))
h = g
fs = [g, g]
print(sys.getrefcount(g))
del h, fs
print(sys.getrefcount(g))
print(g(make()))
