# Builtin names read inside a function, 5 x 4,000,000 times: each is
# looked up in the module's dict, missed, then found in the builtins'.
# (None of these calls returns an int: chapter 4 takes a small int
# from its cache, a gain of another kind.)
def run(n):
    items = [1, 2, 3]
    for i in range(n):
        flag = isinstance(items, list)
        kind = type(items)
        same = isinstance(kind, type)
    return flag and same


print(run(4000000))
