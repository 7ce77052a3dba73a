# chapter: 3
# A dict counts each key and value; deleting a key or replacing a value
# gives the reference back.
import sys


class Key:
    pass


v = []
d = {"k": v}
print(sys.getrefcount(v))
del d["k"]
print(sys.getrefcount(v))
d["a"] = v
d["b"] = v
print(sys.getrefcount(v))
d["a"] = None
print(sys.getrefcount(v))
w = d.get("b")
print(sys.getrefcount(v))
del w
print(d.get("b") is v, sys.getrefcount(v))
k = Key()
d[k] = v
print(sys.getrefcount(k), sys.getrefcount(v))
d[k] = []
print(sys.getrefcount(k), sys.getrefcount(v))
del d[k]
print(sys.getrefcount(k))
d2 = {k: v, "x": k}
print(sys.getrefcount(k), sys.getrefcount(v))
for key in d2:
    pass
print(sys.getrefcount(k))
del d2, key
print(sys.getrefcount(k), sys.getrefcount(v))
del d
print(sys.getrefcount(v))
