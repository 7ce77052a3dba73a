# chapter: 3
# python: 3.13+
# enumerate, zip and a dict's items hand out a tuple at each step; when
# the loop unpacks it at once, nothing else holds it, and the iterator
# refills the same tuple next time: its items stay referenced until then.
import sys

lst = [object(), object()]
for i, x in enumerate(lst):
    print(i, sys.getrefcount(x))
for t in enumerate(lst):
    print(sys.getrefcount(t), sys.getrefcount(t[1]))
del t
ids = []
for t in enumerate("abcd"):
    ids.append(id(t))
print(ids[0] == ids[2], ids[1] == ids[3], ids[0] == ids[1])
del t
d = {"a": object(), "b": object()}
for k, v in d.items():
    print(k, sys.getrefcount(v))
for p in zip(lst, lst):
    print(sys.getrefcount(p), sys.getrefcount(p[0]))
del p
for a, b in zip(lst, "xy"):
    print(sys.getrefcount(a))
e = enumerate(lst)
print(sys.getrefcount(e), sys.getrefcount(lst))
first = next(e)
print(sys.getrefcount(first), sys.getrefcount(lst[0]))
del first, e
print(sys.getrefcount(lst[0]))
view = d.values()
print(sys.getrefcount(d))
del view
print(sys.getrefcount(d))
r = reversed(lst)
print(sys.getrefcount(lst))
print(next(r) is lst[1], sys.getrefcount(lst[1]))
print(list(r)[0] is lst[0], sys.getrefcount(lst))
s = sorted(lst, key=id)
print(sys.getrefcount(lst[0]), len(s))
print(sys.getrefcount(max(lst, key=id)))
print(sys.getrefcount(sum([], lst[0])))
