# chapter: 5
# python: 3.13+
# The iterators the builtins make are containers: the collector tracks
# them and sees what they hold, so a cycle through one is found.
import gc

lst = [1, 2]
d = {"k": lst}
for make in [enumerate, reversed, iter]:
    it = make(lst)
    print(type(it).__name__, gc.is_tracked(it), gc.get_referents(it)[0] is lst)
z = zip(lst, "ab")
print(gc.is_tracked(z), len(gc.get_referents(z)))
print(gc.get_referents(d.items())[0] is d, gc.is_tracked(d.keys()))
print(gc.get_referents(iter(d.items()))[0] is d)
gc.collect()
holder = []
e = enumerate(holder)
holder.append(e)
del holder, e
print(gc.collect())
box = {}
box["view"] = box.values()
del box
print(gc.collect())
loop = []
loop.append(zip(loop))
del loop
print(gc.collect())
loop = []
loop.append(iter(loop))
del loop
print(gc.collect())
