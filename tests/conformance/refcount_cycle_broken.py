# chapter: 3
# The seeds' cycle broken by hand before its name goes: counting frees
# both objects at once, and nothing is left at exit.
import sys


class A:
    def __init__(self):
        self.b = B(self)

    def __del__(self):
        print("freed the A")


class B:
    def __init__(self, a):
        self.a = a

    def __del__(self):
        print("freed the B")


a = A()
print(sys.getrefcount(a), sys.getrefcount(a.b))
a.b.a = None
print(sys.getrefcount(a), sys.getrefcount(a.b))
del a
print("the name is gone")
