# chapter: 1
# A dict that shrinks while it is iterated.
d = {1: 1, 2: 2, 3: 3}
for k in d:
    del d[k]
print(d)
