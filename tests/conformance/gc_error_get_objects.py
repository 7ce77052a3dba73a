# chapter: 5
# gc.get_objects() with a generation that does not exist.
import gc

print(len(gc.get_objects(-1)) > 0)
gc.get_objects(generation=3)
