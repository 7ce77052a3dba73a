# chapter: 3
# sys.getrefcount counts its own argument: one more than the names and
# containers holding the object.
import sys


def fresh():
    return {}


print(sys.getrefcount([]))
print(sys.getrefcount(fresh()))
a = fresh()
print(sys.getrefcount(a))
b = [a]
print(sys.getrefcount(a))
print(sys.getrefcount(b[0]))
print(sys.getrefcount([a][0]))
print(sys.getrefcount(a if a is not None else None))
print(sys.getrefcount(a), sys.getrefcount(a), sys.getrefcount(b))
c = sys.getrefcount
print(c(a))
