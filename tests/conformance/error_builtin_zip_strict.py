# chapter: 1
# python: 3.13+
# zip(strict=True) checks that every iterable ends at the same time.
print(list(zip("ab", "cd", strict=True)))
print(list(zip("ab", "c", "de", strict=True)))
