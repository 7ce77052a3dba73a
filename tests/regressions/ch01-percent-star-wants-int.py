# chapter: 1
# A width given as * takes the next argument, which must be an int.
print("%*d" % ("5", 1))
