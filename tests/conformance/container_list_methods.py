# chapter: 1
# list.append, pop, insert and extend change the list in place.
a = [1, 2, 3]
a.append(4)
print(a)
print(a.pop(), a)
print(a.pop(0), a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before last")
print(a)
a.extend([7, 8])
a.extend((9,))
a.extend("hi")
print(a, len(a))
b = a
b.append(None)
print(a[-1], a is b)
print(a.pop(-2))
print([].append(1))
