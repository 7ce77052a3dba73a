# chapter: 1
# pop (if any) and re-adding the same key while iterating.
d = {"a": 1, "b": 2}
for k in d:
    v = d[k]
    del d[k]
    d[k] = v
print(d)
