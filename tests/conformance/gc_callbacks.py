# chapter: 5
# gc.callbacks: functions called before ("start") and after ("stop")
# every collection, with a dict saying which generation it is, and at
# "stop" what it collected and what it could not.
import gc

seen = []


def record(phase, info):
    keys = []
    for k in info:
        keys.append(k)
    seen.append((phase, keys, info["generation"], info["collected"],
                 info["uncollectable"]))


def second(phase, info):
    seen.append(("second", phase))


print(gc.callbacks, type(gc.callbacks).__name__)
gc.collect()
gc.callbacks.append(record)
gc.callbacks.append(second)
l = []
l.append(l)
del l
n = gc.collect(1)
gc.collect(0)
gc.callbacks.pop()
gc.collect()
gc.callbacks.pop()
gc.collect()
print(n)
for s in seen:
    print(s)
print(gc.callbacks)
