# chapter: 1
# The largest precision CPython reads, too large for an int's digits.
print("%.2147483647d" % 1)
