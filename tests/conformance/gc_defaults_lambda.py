# chapter: 5
# python: 3.13+
# A function's defaults are among what it refers to: a default that
# refers back to the function makes a cycle the collector frees.
import gc

gc.collect()


def f(cache=[]):
    return cache


f.__defaults__[0].append(f)
found = False
for r in gc.get_referents(f):
    found = found or r is f.__defaults__
print(found, f in f())
del f
print(gc.collect())
box = []
box.append(lambda b=box: b)
del box
print(gc.collect())
