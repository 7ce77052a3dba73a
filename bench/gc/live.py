# gc.collect() on 1,000,000 live lists, all held by one list: nothing
# to free, everything to examine.
import gc
import sys
import time

gc.disable()
gc.collect()
sys._debugmallocstats()
keep = []
for i in range(1000000):
    keep.append([])
sys._debugmallocstats()
start = time.perf_counter_ns()
found = gc.collect()
stop = time.perf_counter_ns()
print("objects", 1000000)
print("collected", found)
print("collect_ns", stop - start)
