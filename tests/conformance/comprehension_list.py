# chapter: 1
# python: 3.13+
# List comprehensions, compiled inline as CPython 3.12+ does (PEP 709):
# their names are their own, the names around them are read where the
# comprehension stands, and a class body's names are not seen.
x = "outer x"
print([x for x in range(3)], x)
print([y * y for y in range(6) if y % 2 if y > 1])
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
print([c.upper() for c in "abc"], [k for k in {"a": 1, "b": 2}])
print([a + b for a, b in [(1, 2), (3, 4)]], [n for n in []])
print([x for x in [x, x]])
try:
    y
except NameError as e:
    print(e)


def scale(items, factor):
    total = 0
    doubled = [v * factor for v in items]
    for v in doubled:
        total += v
    return doubled, total


print(scale([1, 2, 3], 2))


def shadow():
    v = "kept"
    values = [v for v in range(2)]
    return v, values


print(shadow())


def reads_global():
    return [x for _ in range(2)]


print(reads_global())
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [row[i] for i, row in enumerate(grid)])
print(sum([n for n in range(101)]), sorted([-n for n in range(3)]))


class Config:
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    pairs = [(n, i) for i, n in enumerate(names)]


print(Config.upper, Config.pairs)
try:

    class Broken:
        limit = 2
        items = [limit for _ in range(2)]

except NameError as e:
    print(e)
squares = lambda n: [i * i for i in range(n)]
print(squares(4))
v = "before"
try:
    print([10 // v for v in [5, 0]])
except ZeroDivisionError as e:
    print(e, v)
matrix = [[1, 2], [3, 4]]
print([cell for row in matrix for cell in row if cell != 2])
print([[cell * 10 for cell in row] for row in matrix])
print([i for i in range(3)] == list(range(3)), [] == [z for z in ""])
