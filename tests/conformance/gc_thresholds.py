# chapter: 5
# python: 3.13
# gc.get_threshold() and gc.set_threshold(): 3.13's defaults are
# (2000, 10, 10) (3.11 and 3.12: 700 for gen 0); set_threshold sets as
# many as it is given, from gen 0.
import gc

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(1000, 20, 30)
print(gc.get_threshold())
gc.set_threshold(0)
print(gc.get_threshold())
gc.set_threshold(-5, True, False)
print(gc.get_threshold())
print(gc.set_threshold(2000, 10, 10))
print(gc.get_threshold())
print(type(gc.get_threshold()).__name__, len(gc.get_threshold()))
