# chapter: 1
# and/or return one of their operands, not necessarily a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "set" or "default")
print([] and "never", [0] and "then")
print(None or 0 or [] or "last")
print(1 and 2 and 3, 1 and 0 and 3)
print(not 1, not 0, not [], not [0], not None)


def noisy(value):
    print("evaluated", value)
    return value


print(noisy(0) and noisy(1))
print(noisy(1) or noisy(2))
print(1 if [] else 2, "yes" if "x" else "no")
