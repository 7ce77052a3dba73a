# chapter: 1
# Recursion without end stops with RecursionError, exit status 1.
def forever(n):
    return forever(n + 1)


print("start")
forever(0)
print("never printed")
