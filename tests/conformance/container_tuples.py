# chapter: 1
# Tuple packing and unpacking, and swapping two names.
t = 1, 2, 3
print(t, len(t))
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
x, (y, z) = 1, [2, 3]
print(x, y, z)
single = (5,)
print(single, len(single), ())
first, second = "hi"
print(first, second)
pairs = [(1, "a"), (2, "b")]
for n, letter in pairs:
    print(n, letter)
print((1, 2) + (3,), (0,) * 3)
