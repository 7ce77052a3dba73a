# chapter: 3
# leaks: cycles
# obj.__dict__ moves an instance's attributes into a dict of their own:
# the same dict from then on, which attribute stores, deletes and the
# dict's own stores all see.  Assigning a dict replaces the attributes;
# deleting __dict__ leaves none.
import sys


class A:
    pass


a = A()
a.x = 1
d = a.__dict__
print(d, a.__dict__ is d)
d["y"] = 2
print(a.y, sys.getrefcount(d))
a.z = 3
del a.x
print(d, a.__dict__)
a.__dict__ = {"q": 5}
print(a.q, d)
del a.__dict__
print(a.__dict__)
b = A()
print(b.__dict__)
b.__dict__ = d
print(b.y, b.z)
b.w = [b]
print(len(d), d["w"][0] is b)
c = A()
c.me = c
c.__dict__
print(type(c.__dict__).__name__, list(c.__dict__))
