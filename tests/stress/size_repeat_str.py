# chapter: 1
# A string repeated past what fits.
s = "ab" * 4611686018427387904
print(len(s))
