# gc.collect() on a mix, made in turns: live records (a dict with str
# keys holding a list), garbage two-list cycles and garbage instances
# that refer to themselves.  200,000 turns, five containers each.
import gc
import sys
import time


class Node:
    def __init__(self, next):
        self.next = next


gc.disable()
gc.collect()
sys._debugmallocstats()
keep = []
for i in range(200000):
    keep.append({"n": i, "items": [i]})
    a = []
    b = [a]
    a.append(b)
    n = Node(None)
    n.next = n
a = None
b = None
n = None
sys._debugmallocstats()
start = time.perf_counter_ns()
found = gc.collect()
stop = time.perf_counter_ns()
print("objects", 1000000)
print("collected", found)
print("collect_ns", stop - start)
