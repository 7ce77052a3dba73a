# chapter: 1
# repr of a list nested past the limit.
a = []
i = 0
while i < 20000:
    a = [a]
    i += 1
print("built")
s = repr(a)
print(len(s))
