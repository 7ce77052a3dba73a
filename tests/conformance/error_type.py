# chapter: 1
# Adding an int to a str is a TypeError, exit status 1.
print("1" + "2", 1 + 2)
print([1] + [2])
print("1" + 2)
print("never printed")
