# A duplicate argument is the compiler's error: a syntax error later
# in the text comes first.
def f(a, a):
    pass
x = (1 := 2)
