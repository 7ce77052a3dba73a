# chapter: 1
# ulimit: -v 500000 -s 200
# A small stack and address space: runaway recursion is a RecursionError.
def f(n):
    return f(n + 1)
f(0)
