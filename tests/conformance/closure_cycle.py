# chapter: 5
# leaks: cycles
# A nested function that calls itself is a cycle: its __closure__ holds
# the cell that holds the function.  Counting references never frees it
# (chapters 3 and 4); the collector finds the three objects, as
# CPython's does.  A closure's cell is tracked, as a container.
import gc, sys
gc.collect()
def rec():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact(5)
print(rec())
print(gc.collect())
def keep():
    big = [0] * 10
    def f():
        return big
    return f
f = keep()
print(sys.getrefcount(f.__closure__[0].cell_contents))
print(gc.is_tracked(f.__closure__[0]), gc.is_tracked(f.__closure__))
del f
print(gc.collect())
