# match x without its ':' is CPython's error.
x = 1
match x
