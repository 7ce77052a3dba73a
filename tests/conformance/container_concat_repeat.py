# chapter: 1
# + and * on sequences make new objects; the originals do not change.
a = [1, 2]
b = [3]
c = a + b
print(a, b, c, c is a)
print(a * 3, 3 * a, a * 0, [] * 5)
print("ab" + "cd", "ab" * 3, 2 * "x", "ab" * -1)
print((1,) + (2, 3), (1, 2) * 2)
row = [0] * 3
grid = [row] * 2
row[0] = 1
print(grid)
