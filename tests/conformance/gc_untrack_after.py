# chapter: 5
# A collection untracks the tuples that hold nothing trackable only among
# the survivors: a flat tuple that is garbage, held by a cycle, is still
# found and counted.  Dicts are untracked in full collections only.
import gc

gc.collect()
l = []
l.append(l)
t = tuple([1, 2])
l.append(t)
del l, t
print(gc.collect())
kept = tuple([3, 4])
print(gc.is_tracked(kept))
gc.collect(0)
print(gc.is_tracked(kept))
d = {"k": []}
d["k"] = 1
print(gc.is_tracked(d))
gc.collect(1)
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
