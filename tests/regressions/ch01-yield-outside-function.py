# yield is only in a function.
yield 1
