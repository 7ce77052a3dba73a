# A syntax error after a construct minipy lacks is the one reported,
# as CPython reads the whole text first.
a, *b = [1, 2]
print(b)
f() = 1
