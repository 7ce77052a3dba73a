# chapter: 1
# `is` with a literal draws a SyntaxWarning from the compiler, before the
# program runs, on stderr: one for each comparison that has a literal on
# either side ('is not' too), none for None, True and False.  The runner
# compares the last line of stderr: the line under the last warning.
x = 500
y = x
print(x is y, x is None, x is not True, y is not False)
print(x is 500, x == 500)
print(x is not "a", "b" is not x)


def f(value):
    return value is 7


print(f(x), f(y))
z = x is 10
print(z)
