# chapter: 1
# \N{ never closed.
s = "\N{LATIN"
