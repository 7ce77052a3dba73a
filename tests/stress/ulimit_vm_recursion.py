# chapter: 1
# ulimit: -v 500000
# Limited address space: recursion to the limit and back.
def f(n):
    if n == 0:
        return 0
    return 1 + f(n - 1)
print(f(900))
def g(n):
    return g(n + 1)
g(0)
