# chapter: 1
# Changing values (not keys) while iterating is allowed.
d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = k * 10
    d[1] = 0
print(d)
