# gc.collect() on a 100,000-deep linked chain of instances, alive: only
# the head is held from outside, so each node is found reachable only
# through the one before it.
import gc
import sys
import time


class Node:
    def __init__(self, next):
        self.next = next


gc.disable()
gc.collect()
sys._debugmallocstats()
head = None
for i in range(100000):
    head = Node(head)
sys._debugmallocstats()
start = time.perf_counter_ns()
found = gc.collect()
stop = time.perf_counter_ns()
print("objects", 100000)
print("collected", found)
print("collect_ns", stop - start)
