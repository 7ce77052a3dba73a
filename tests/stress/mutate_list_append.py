# chapter: 1
# A list grown while a for loop walks it: the loop sees the new items.
a = [1, 2, 3]
for x in a:
    if len(a) < 10:
        a.append(x * 10)
print(a)
