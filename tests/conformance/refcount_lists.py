# chapter: 3
# A list counts each item: append adds one, pop moves one out, item
# assignment and del give one back.
import sys

v = []
a = []
a.append(v)
print(sys.getrefcount(v))
a.append(v)
print(sys.getrefcount(v))
y = a.pop()
print(sys.getrefcount(v))
a.pop()
print(sys.getrefcount(v))
a = [v, v, v, v]
print(sys.getrefcount(v))
a[0] = None
print(sys.getrefcount(v))
del a[1]
print(sys.getrefcount(v))
b = a + a
print(sys.getrefcount(v))
c = a * 3
print(sys.getrefcount(v))
s = c[1:4]
print(sys.getrefcount(v))
del b, c, s
print(sys.getrefcount(v))
print(sys.getrefcount(a), len(a))
e = a[1]
print(sys.getrefcount(v))
print(v in a, sys.getrefcount(v))
del a
print(sys.getrefcount(v))
