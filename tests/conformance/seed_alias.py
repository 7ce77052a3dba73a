# chapter: 1
# The seeds' a = [1, 2, 3]; b = a: two names, one list; del removes a name only.
a = [1, 2, 3]
b = a
print(a is b)
b.append(4)
print(a)
del a
print(b)
print("a" in globals(), "b" in globals())
a = b
print(a is b, a)
