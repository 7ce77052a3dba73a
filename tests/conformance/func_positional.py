# chapter: 1
# Positional parameters take the arguments in order; functions are objects.
def add3(a, b, c):
    return a + b + c


def nothing():
    pass


def many(a, b, c, d, e, f, g, h, i, j):
    return [a, b, c, d, e, f, g, h, i, j]


print(add3(1, 2, 3))
print(add3("x", "y", "z"))
print(add3([1], [2], [3]))
print(nothing())
print(many(0, 1, 2, 3, 4, 5, 6, 7, 8, 9))
alias = add3
print(alias(10, 20, 30), alias is add3)
funcs = [add3, many]
print(funcs[0](1, 1, 1))
