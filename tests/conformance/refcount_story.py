# chapter: 3
# The seeds' a/b/c walk-through: each name and item counts, and so does
# getrefcount's own argument.
import sys

a = [1, 2, 3]
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
c = [a, a]
print(sys.getrefcount(a))
del c
print(sys.getrefcount(a))
del a
print(sys.getrefcount(b))
a = b
print(sys.getrefcount(b))
b = None
print(sys.getrefcount(a))
