# chapter: 1
# python: 3.13+
# Sorting compares the items with <, which ints and strs do not share:
# the message names the two types in the order they were compared.
print(sorted([3, 1, 2]), sorted(["b", "a"]))
print(sorted([3, "a", 1]))
