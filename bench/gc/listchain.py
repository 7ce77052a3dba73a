# gc.collect() on a 100,000-deep linked chain of one-item lists, alive:
# chain.py's shape, made of lists instead of instances, to tell the
# cost of the collector's walk from that of visiting an instance.
import gc
import sys
import time

gc.disable()
gc.collect()
sys._debugmallocstats()
head = None
for i in range(100000):
    head = [head]
sys._debugmallocstats()
start = time.perf_counter_ns()
found = gc.collect()
stop = time.perf_counter_ns()
print("objects", 100000)
print("collected", found)
print("collect_ns", stop - start)
