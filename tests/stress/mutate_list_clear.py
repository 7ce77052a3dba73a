# chapter: 1
# Emptying a list from inside its loop, then refilling it.
a = [1, 2, 3]
n = 0
for x in a:
    n += 1
    while len(a) > 0:
        a.pop()
    if n < 3:
        a.append(n)
print(n, a)
