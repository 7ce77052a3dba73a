# chapter: 1
# Factorial by recursion: one frame per call, each with its own n.
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


for n in range(8):
    print(n, factorial(n))
print(factorial(20))
