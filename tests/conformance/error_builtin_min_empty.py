# chapter: 1
# python: 3.13+
# min() of nothing, with no default, is a ValueError.
print(min([3, 1, 2]), min([], default=None))
print(min([]))
print("never printed")
