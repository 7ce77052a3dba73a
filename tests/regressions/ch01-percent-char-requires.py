# chapter: 1
# %c of a str longer than one character (CPython 3.13's message).
print("%c" % "ab")
