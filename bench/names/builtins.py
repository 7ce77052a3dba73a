# Builtins called inside a function, 3 x 4,000,000 times: each name is
# looked up in the module's dict, missed, then found in the builtins'.
def run(n):
    items = [1, 2, 3]
    total = 0
    for i in range(n):
        total = len(items)
        flag = isinstance(total, int)
        kind = type(total)
    return total


print(run(4000000))
