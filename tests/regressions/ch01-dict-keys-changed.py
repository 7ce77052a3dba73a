# chapter: 1
# Keys replaced during iteration, the size the same.
d = {1: 1, 2: 2}
for k in d:
    del d[k]
    d[k + 10] = 1
