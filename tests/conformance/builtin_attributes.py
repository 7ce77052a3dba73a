# chapter: 1
# python: 3.13+
# getattr, setattr, delattr, hasattr and vars reach an object's
# attributes by name; vars(obj) is the very dict obj.__dict__ is.
class Point:
    kind = "point"

    def __init__(self, x):
        self.x = x

    def where(self):
        return self.x


p = Point(3)
print(getattr(p, "x"), getattr(p, "kind"), getattr(p, "nope", "default"))
print(getattr(p, "where")(), hasattr(p, "x"), hasattr(p, "y"))
setattr(p, "y", 4)
print(p.y, hasattr(p, "y"))
delattr(p, "y")
print(hasattr(p, "y"), vars(p))
d = vars(p)
print(d is p.__dict__, d is vars(p))
d["z"] = 5
print(p.z)
p.w = 6
print(vars(p))
setattr(Point, "kind", "moved")
print(p.kind, getattr(Point, "kind"), hasattr(Point, "where"))
print(hasattr(1, "nothing"), getattr([], "nothing", None), hasattr("", "join"))
import sys

print(vars(sys) is sys.__dict__, "getrecursionlimit" in vars(sys))
print(sorted(vars().keys()) == sorted(globals().keys()))


def f():
    local = 1
    return vars()


print(f())
