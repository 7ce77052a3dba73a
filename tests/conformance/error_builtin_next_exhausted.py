# chapter: 1
# python: 3.13+
# next() past the end, with no default, raises StopIteration.
it = iter("ab")
print(next(it), next(it), next(it, "default"))
next(it)
print("never printed")
