# CPython compiles a, *b = x; a starred target alone is its error.
*a = [1, 2]
