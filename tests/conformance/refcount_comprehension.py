# chapter: 3
# python: 3.13+
# A comprehension's result holds a reference to each item; its loop
# name lets go of the last item when the comprehension ends, and a name
# it shadowed gets its value back.
import sys

item = object()
items = [item, item]
print(sys.getrefcount(item))
copies = [o for o in items]
print(sys.getrefcount(item), len(copies))
o = "shadowed"
pairs = [(o, o) for o in items]
print(sys.getrefcount(item), o)
del copies, pairs
print(sys.getrefcount(item))


def inside():
    local = [item for _ in range(3)]
    return sys.getrefcount(item)


print(inside(), sys.getrefcount(item))
nested = [[o for o in items] for _ in range(2)]
print(sys.getrefcount(item))
del nested
print(sys.getrefcount(item))
