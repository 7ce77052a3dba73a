# chapter: 3
# Objects in a cycle keep their counts above zero after their names go:
# counting alone never frees them.
# leaks: cycles
import sys


class A:
    def __init__(self):
        self.b = B(self)


class B:
    def __init__(self, a):
        self.a = a


a = A()
print(sys.getrefcount(a), sys.getrefcount(a.b))
b = a.b
del a
print(sys.getrefcount(b), sys.getrefcount(b.a))
del b
l = []
l.append(l)
print(sys.getrefcount(l))
del l
print("the names are gone")
