# chapter: 1
# The keys change and the size does not: still an error.
d = {1: 1, 2: 2}
for k in d:
    del d[k]
    d[k + 10] = 1
print(d)
