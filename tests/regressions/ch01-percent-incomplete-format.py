# chapter: 1
# A % at the end of the format.
print("100%" % ())
