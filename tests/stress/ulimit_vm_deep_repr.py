# chapter: 1
# ulimit: -v 500000
# Limited address space: a deep repr stops with RecursionError.
a = []
i = 0
while i < 20000:
    a = [a]
    i += 1
print(len(repr(a)))
