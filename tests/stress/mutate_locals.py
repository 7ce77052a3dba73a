# chapter: 1
# Iterating a function's locals() while binding more locals.
def f():
    a = 1
    n = 0
    for k in locals():
        b = 2
        n += 1
    print(n)
f()
