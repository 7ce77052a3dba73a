# chapter: 5
# python: 3.13
# Automatic collections: once gen 0's count passes its threshold, a
# collection runs at the next safe point (here the loop's jump back), of
# the oldest generation whose count is over its threshold.  A callback
# writes down the generation of each and what it found.  Gen 2 is kept
# out (threshold 1000): when it runs depends on how many objects the
# interpreter itself keeps (the 25% rule), thousands in CPython.
import gc

log = []
found = []


def cb(phase, info):
    if phase == "start":
        log.append(info["generation"])
    else:
        found.append(info["collected"])


class C:
    pass


gc.collect()
gc.set_threshold(50, 3, 1000)
gc.callbacks.append(cb)
keep = []
i = 0
while i < 3000:
    keep.append(C())
    if i % 7 == 0:
        x = []
        x.append(x)
    i += 1
gc.callbacks.pop()
counts = gc.get_count()
gc.set_threshold(2000, 10, 10)
print(log)
print(found)
print(len(log), counts)
