# chapter: 1
# \N{} with nothing inside.
s = "\N{}"
