# chapter: 1
# A module name that is also near another name.
time = 1
print(tim)
print(sys.maxsize)
