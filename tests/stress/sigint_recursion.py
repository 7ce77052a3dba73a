# chapter: 1
# sigint: ready
# Ctrl-C during deep recursion that keeps going.
import sys
sys.setrecursionlimit(5000)
def f(n):
    if n == 0:
        while True:
            pass
    return f(n - 1)
print("ready", flush=True)
f(3000)
