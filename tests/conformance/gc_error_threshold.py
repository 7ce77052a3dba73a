# chapter: 5
# gc.set_threshold() with something that is not an int leaves the
# thresholds as they were.
import gc

before = gc.get_threshold()
gc.set_threshold(100, "10")
