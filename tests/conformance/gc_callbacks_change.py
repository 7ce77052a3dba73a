# chapter: 5
# A callback that takes itself out of gc.callbacks: the list is walked
# by position as it is, so the callback after it is skipped that once.
import gc

seen = []


def first(phase, info):
    seen.append("first " + phase)
    if phase == "stop":
        gc.callbacks.pop(0)


def second(phase, info):
    seen.append("second " + phase)


gc.callbacks.append(first)
gc.callbacks.append(second)
gc.collect()
gc.collect()
print(seen)
print(len(gc.callbacks))
gc.callbacks.pop()
