# chapter: 1
# The last key replaced: the change is seen after the loop body.
d = {1: 1, 2: 2, 3: 3}
n = 0
for k in d:
    n += 1
    if k == 3:
        del d[1]
        d[4] = 4
print(n, d)
