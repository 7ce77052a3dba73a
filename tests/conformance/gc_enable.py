# chapter: 5
# gc.enable(), gc.disable() and gc.isenabled(): disabling stops the
# automatic collections only; gc.collect() still collects.
import gc

print(gc.isenabled())
print(gc.disable())
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
l = []
l.append(l)
del l
print(gc.collect())
print(gc.enable())
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
