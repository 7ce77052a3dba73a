# chapter: 1
# More arguments than conversions: CPython's TypeError, after the whole
# format was read.
print("%s" % "one")
print("%s" % ("one", "two"))
