# chapter: 5
# A callback that raises: the error is reported on stderr as unraisable
# and the collection, and the script, go on.
import gc


def bad(phase, info):
    print("bad", phase)
    1 // 0


gc.callbacks.append(bad)
l = []
l.append(l)
del l
print(gc.collect())
gc.callbacks.pop()
print("still running")
