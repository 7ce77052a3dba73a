# chapter: 1
# The seeds' a = [0] * 10: one list, ten references to the same int.
a = [0] * 10
print(a)
print(len(a), type(a))
a[3] = 7
print(a)
b = [[0] * 2] * 3
b[0].append(1)
print(b)
print(b[0] is b[1], b[1] is b[2])
