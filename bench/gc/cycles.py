# gc.collect() on 500,000 two-list cycles: a million lists that only
# each other hold.  (bench/gc/README says what every shape prints.)
import gc
import sys
import time

gc.disable()
gc.collect()
sys._debugmallocstats()
for i in range(500000):
    a = []
    b = [a]
    a.append(b)
a = None
b = None
sys._debugmallocstats()
start = time.perf_counter_ns()
found = gc.collect()
stop = time.perf_counter_ns()
print("objects", 1000000)
print("collected", found)
print("collect_ns", stop - start)
