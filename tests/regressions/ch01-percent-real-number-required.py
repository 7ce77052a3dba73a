# chapter: 1
# %d of a str: CPython's TypeError names the conversion and the type.
line = "42"
print("line %d" % line)
