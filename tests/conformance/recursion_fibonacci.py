# chapter: 1
# Fibonacci by double recursion: frames pushed and popped thousands of times.
calls = 0


def fib(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


results = []
for i in range(15):
    results.append(fib(i))
print(results)
print(calls)
