# chapter: 1
# python: 3.13
# A dict's size in CPython 3.13 is the dict object and its keys table:
# the table's slots grow by powers of two, two thirds of them usable,
# and an entry is 16 bytes while every key is a str, 24 once one is
# not (the entry keeps the hash).  The empty dict shares one empty
# table, which is not counted.
import sys


def show(label, d):
    print(label, len(d), sys.getsizeof(d), d.__sizeof__())


show("{}", {})
show("{'a': 1}", {"a": 1})
show("{1: 1}", {1: 1})
show("dict()", dict())
show("six str keys", {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6})
show("six int keys", {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6})
k = "x"
show("display, a name as key", {k: 1, "y": 2})
show("mixed", {"a": 1, 2: 2})
show("mixed, int first", {2: 2, "a": 1})

for kind in ["str", "int"]:
    d = {}
    sizes = []
    for i in range(50):
        sizes.append(sys.getsizeof(d))
        d[str(i) if kind == "str" else i] = i
    print("inserting", kind, "keys:", sizes)

d = {}
for i in range(5):
    d[str(i)] = i
show("five str keys", d)
d[5] = 5
show("then an int key", d)
d = {}
for i in range(8):
    d[str(i)] = i
for i in range(6):
    del d[str(i)]
show("after deletes", d)
d["new"] = 1
show("after deletes and an insert", d)
d.clear()
show("cleared", d)
d["a"] = 1
show("refilled", d)

print("-- copies")
base = {}
for i in range(12):
    base[str(i)] = i
show("base", base)
show("base.copy()", base.copy())
show("dict(base)", dict(base))
show("dict(pairs)", dict([("a", 1), ("b", 2)]))
show("dict(kw)", dict(a=1, b=2, c=3))
c = {}
for i in range(12):
    c[str(i)] = i
show("filled in a loop", c)
for i in range(9):
    del base[str(i)]
show("base after deletes", base)
show("its copy", base.copy())
show("dict() of it", dict(base))
small = {"a": 1}
small.update(base)
show("updated", small)
show("merged", {"z": 0} | base)

print("-- views and iterators")
d = {"a": 1, "b": 2}
for v in [d.keys(), d.values(), d.items(), iter(d), iter(d.values()),
          iter(d.items()), reversed(d)]:
    print(type(v).__name__, sys.getsizeof(v))
