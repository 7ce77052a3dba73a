# chapter: 1
# ulimit: -v 400000
# Limited address space: a list too big for it is a MemoryError.
a = [0] * 1000
print(len(a))
b = [0] * 100000000
print(len(b))
