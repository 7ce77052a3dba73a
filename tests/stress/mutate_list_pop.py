# chapter: 1
# A list shrunk while a for loop walks it: the loop stops early.
a = [1, 2, 3, 4, 5, 6]
seen = []
for x in a:
    seen.append(x)
    a.pop()
print(seen, a)
b = [1, 2, 3]
for x in b:
    del b[0]
    seen.append(x)
print(seen, b)
