# chapter: 1
# repr of dicts nested past the limit.
d = {}
i = 0
while i < 20000:
    d = {1: d}
    i += 1
print("built")
print(len(repr(d)))
