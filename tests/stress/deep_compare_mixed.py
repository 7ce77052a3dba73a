# chapter: 1
# Nested lists and tuples compared with every operator, deep but within
# the limit: prefixes, lengths, and items of other types at the bottom.
a = [1]
b = [1, 2]
c = (1, "x")
d = (1, "y")
i = 0
while i < 3000:
    a = [a, 0]
    b = [b, 0]
    c = (c,)
    d = (d,)
    i += 1
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(c < d, c > d, c == d, [c] < [d], [a] < [a])
print([[1], 2] < [[1], 3], [[1, 2]] < [[1]], [(1,)] < [(1, 0)])
print([1, [2]] < [1, (2,)])
