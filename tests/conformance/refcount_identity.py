# chapter: 3
# Freed at once, reused at once: lists that never live together can share
# an address.
print(id([]) == id([]))
a = []
first = id(a)
del a
b = []
print(id(b) == first)
c = []
print(id(c) == first)
x = [1]
kept = x
print(id(x) == id(kept))
