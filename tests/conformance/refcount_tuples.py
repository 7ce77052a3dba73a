# chapter: 3
# A tuple counts each item; unpacking and swapping leave counts unchanged.
import sys

p = []
q = {}
t = (p, q, p)
print(sys.getrefcount(p), sys.getrefcount(q))
x, y, z = t
print(sys.getrefcount(p), sys.getrefcount(q))
x, y = y, x
print(sys.getrefcount(p), sys.getrefcount(q))
print(x is q, y is p)
del x, y, z
print(sys.getrefcount(p), sys.getrefcount(q))
del t
print(sys.getrefcount(p), sys.getrefcount(q))
a, b = [p, p]
print(sys.getrefcount(p))
a, b = b, a
print(sys.getrefcount(p))
del a, b
print(sys.getrefcount(p))
nested = ((p,), [p, (q, p)])
print(sys.getrefcount(p), sys.getrefcount(q))
nested = None
print(sys.getrefcount(p), sys.getrefcount(q))
