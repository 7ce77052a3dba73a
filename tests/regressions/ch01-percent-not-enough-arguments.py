# chapter: 1
# str % with fewer arguments than conversions ends the program with
# CPython's TypeError.
count = 3
print("%d of %d" % (count, 10))
print("%d of %d" % (count,))
