# chapter: 1
# `if x = 1:` meant a comparison: CPython 3.10+ says so
# (invalid_named_expression), where minipy said "invalid syntax".
x = 1
if x = 1:
    print("one")
