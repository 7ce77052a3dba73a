# chapter: 1
# %x of a str: "an integer is required" (for o, x and X).
print("%x" % "ff")
