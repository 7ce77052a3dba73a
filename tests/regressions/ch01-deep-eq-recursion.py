# chapter: 1
# Comparing lists nested deeper than the C recursion limit.
a = []
b = []
for i in range(20000):
    a = [a]
    b = [b]
print(a == b)
