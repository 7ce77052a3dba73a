# chapter: 5
# gc.collect() with a generation that does not exist.
import gc

print(gc.collect(2))
gc.collect(3)
