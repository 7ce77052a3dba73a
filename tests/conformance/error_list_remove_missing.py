# chapter: 1
# python: 3.13+
# list.remove of a value the list does not hold is a ValueError.
a = [1, 2]
a.remove(2)
print(a)
a.remove(2)
print("never printed")
