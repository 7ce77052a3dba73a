# ur is no string prefix: the name ur, then a string.
x = ur'a'
print(x)
