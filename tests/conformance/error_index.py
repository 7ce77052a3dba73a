# chapter: 1
# Indexing past the end of a list is an IndexError, exit status 1.
items = [1, 2, 3]
print(items[2], items[-3])
print(items[3])
print("never printed")
