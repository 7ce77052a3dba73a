# chapter: 4
# python: 3.13+
# ** and the bitwise operators on constants are folded when the script
# is compiled, as CPython folds them: the result is a constant, shared
# with an equal one in the same file.
big = 1099511627776
power, shifted, inverted = 2 ** 40, 1 << 40, ~-1099511627777
print(power is big, shifted is big, inverted is big)
print((big | 0) is big, (big ^ 0) is big, (big & -1) is big)
n = 40
print((2 ** n) is big, (1 << n) is big)


def f():
    return 2 ** 20, 1 << 20, 1048576


x, y, z = f()
print(x is y, y is z)
try:
    folded = 7 ** 3
except ValueError:
    folded = 0
same = 343
print(folded is same)
