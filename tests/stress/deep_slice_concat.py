# chapter: 1
# Shallow copies of a deep list (slices, +, *) and comparing the copies.
a = []
i = 0
while i < 20000:
    a = [a]
    i += 1
b = a[:]
c = a + []
e = a * 2
print(len(b), len(c), len(e), b[0] is a[0], e[1] is a[0])
print(b == c)
