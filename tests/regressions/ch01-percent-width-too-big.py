# chapter: 1
# A width that does not fit in a Py_ssize_t: ValueError, at once.
print("%99999999999999999999d" % 1)
