# chapter: 3
# python: 3.13+
# What the container methods do to counts: a copy adds a reference to
# each item, clear and remove drop theirs, pop hands the container's
# reference to the caller, and a view holds its dict.
import sys

x = object()
a = [x, x]
print(sys.getrefcount(x))
b = a.copy()
print(sys.getrefcount(x), sys.getrefcount(b))
b.clear()
print(sys.getrefcount(x), b)
a.remove(x)
print(sys.getrefcount(x), len(a))
a.reverse()
print(sys.getrefcount(x), a.index(x), a.count(x), sys.getrefcount(x))
d = {"k": x}
print(sys.getrefcount(x), sys.getrefcount(d))
view = d.items()
keys = d.keys()
print(sys.getrefcount(d), sys.getrefcount(x))
got = d.pop("k")
print(sys.getrefcount(x), got is x, len(view))
d.setdefault("s", x)
print(sys.getrefcount(x))
pair = d.popitem()
print(sys.getrefcount(x), sys.getrefcount(pair), len(keys))
del pair, got
print(sys.getrefcount(x))
d.update({1: x}, two=x)
e = d.copy()
print(sys.getrefcount(x), sys.getrefcount(e))
d.clear()
e.clear()
print(sys.getrefcount(x))
del view, keys
print(sys.getrefcount(d))
s = "".join(["text", "!"])
parts = [s, s]
print(sys.getrefcount(s), "-".join([s]) is s, sys.getrefcount(s))
print(s.strip() is s, sys.getrefcount(s))
same = s.replace("?", "")
print(same is s, sys.getrefcount(s))
