# chapter: 3
# __del__ runs once, when the count reaches zero; storing self resurrects
# the object, and __del__ never runs again.
import sys

saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__ of", self.name, "count", sys.getrefcount(self))
        saved.append(self)


class Plain:
    def __del__(self):
        print("__del__ of a Plain, count", sys.getrefcount(self))


p = Plain()
q = p
del p
print("one name left")
del q
print("both gone")
f = Phoenix("phoenix")
del f
print("saved:", len(saved), saved[0].name, sys.getrefcount(saved[0]))
back = saved.pop()
print("back:", back.name, sys.getrefcount(back))
del back
print("freed for good, no second __del__")
g = Phoenix("saved at exit")
del g
print("end:", len(saved))
