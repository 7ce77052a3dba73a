# chapter: 1
# \N without braces.
s = "\N"
