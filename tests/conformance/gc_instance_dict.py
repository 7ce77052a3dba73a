# chapter: 5
# python: 3.13
# obj.__dict__ makes a dict that shares the object's attributes (3.13's
# materialized managed dict): the object, not the dict, visits them; a
# store through the object leaves the dict untracked; a store through
# the dict tracks it as any dict.  When the object goes, the dict is one
# like any other.  A dict given with obj.__dict__ = d is an ordinary one.
import gc


class A:
    pass


gc.collect()
a = A()
a.x = 1
d = a.__dict__
print("made from an int:", gc.is_tracked(d))
a.me = a
del a, d
print("a cycle through the object:", gc.collect())

b = A()
b.x = [1]
bd = b.__dict__
print("made from a list:", gc.is_tracked(bd))
print("referents:", gc.get_referents(bd), gc.get_referents(b)[:1])
del b
print("once the object is gone:", gc.get_referents(bd))
bd["me"] = bd
del bd
print("a cycle through the dict alone:", gc.collect())

c = A()
c.x = 1
cd = c.__dict__
c.items = []
print("a list stored through the object:", gc.is_tracked(cd))
cd["more"] = [2]
print("a list stored through the dict:", gc.is_tracked(cd))
del c, cd
print(gc.collect())

e = A()
e.__dict__ = {"me": e}
del e
print("a dict given:", gc.collect())

f = A()
f.x = 1
fd = f.__dict__
g = A()
g.__dict__ = fd
print("shared with another:", gc.get_referents(g)[:1] == [fd], g.x)
f.y = 2
print(g.y, sorted(fd))
del f, g, fd
print(gc.collect())

# An exception's __dict__ is an ordinary dict (BaseException's slot).
x = ValueError("x")
xd = x.__dict__
xd["me"] = x
print("an exception's:", gc.is_tracked(xd), gc.get_referents(x)[:2])
del x, xd
print(gc.collect())
