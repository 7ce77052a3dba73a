# chapter: 1
# An unknown conversion: CPython's ValueError shows the character, its
# code and its index in the format (in characters, not bytes).
print("caf\u00e9 %5.2q" % 1)
