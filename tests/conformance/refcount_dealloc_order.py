# chapter: 3
# Freeing order: lists and tuples last to first, dicts and attributes in
# insertion order, depth first.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


class Box:
    pass


l = [Noisy("list 0"), Noisy("list 1"), Noisy("list 2")]
del l
print("--")
t = (Noisy("tuple 0"), Noisy("tuple 1"), Noisy("tuple 2"))
del t
print("--")
d = {"a": Noisy("value a"), "b": Noisy("value b")}
d["c"] = Noisy("value c")
d["a"] = Noisy("value a again")
del d
print("--")
keys = {Noisy("key 1"): Noisy("value 1"), Noisy("key 2"): Noisy("value 2")}
keys = None
print("--")
box = Box()
box.one = Noisy("attribute one")
box.two = Noisy("attribute two")
box = None
print("--")
outer = Noisy("outer")
outer.inner = [Noisy("inner 0"), (Noisy("inner 1 0"), Noisy("inner 1 1"))]
outer.more = {"k": [Noisy("in a list in a dict")]}
outer.last = Noisy("last attribute")
outer = None
print("--")
grown = []
for i in range(5):
    grown.append(Noisy("grown " + str(i)))
grown.pop(1)
grown[0] = Noisy("replaced 0")
grown = None
print("end")
