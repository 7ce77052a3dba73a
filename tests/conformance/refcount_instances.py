# chapter: 3
# Instances: attributes count, a bound method holds its object, a method
# call leaves no reference behind.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def me(self):
        return sys.getrefcount(self)

    def count(self, other):
        return sys.getrefcount(other)


class Box:
    pass


p = Point([], [])
print(sys.getrefcount(p))
print(sys.getrefcount(p.x))
v = p.x
print(sys.getrefcount(v))
p.x = None
print(sys.getrefcount(v))
box = Box()
box.item = p
box.again = p
print(sys.getrefcount(p))
del box.again
print(sys.getrefcount(p))
print(p.me())
print(sys.getrefcount(p))
m = p.me
print(sys.getrefcount(p), sys.getrefcount(m))
print(m())
del m
print(sys.getrefcount(p))
print(p.count(v))
c = p.count
print(c(v))
del c
Box.shared = p
print(sys.getrefcount(p))
del Box.shared
print(sys.getrefcount(p))
box = None
print(sys.getrefcount(p))
