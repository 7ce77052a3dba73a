# chapter: 1
# A dict that grows while it is iterated.
d = {1: 1, 2: 2}
for k in d:
    d[k + 100] = k
print(d)
