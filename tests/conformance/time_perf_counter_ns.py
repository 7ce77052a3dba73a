# chapter: 1
# time.perf_counter_ns(): an int of nanoseconds from a clock that never
# goes back, read around the code a benchmark times.  (minipy has no
# floats, so time.perf_counter() itself is refused.)
import time

first = time.perf_counter_ns()
print("an int:", type(first), isinstance(first, int))
print("positive:", first > 0)
previous = first
backwards = 0
for i in range(10000):
    now = time.perf_counter_ns()
    if now < previous:
        backwards = backwards + 1
    previous = now
print("reads that went back:", backwards)
total = 0
start = time.perf_counter_ns()
for i in range(100000):
    total = total + i
elapsed = time.perf_counter_ns() - start
print("a loop takes time:", elapsed > 0, total)
print("the module:", time)
