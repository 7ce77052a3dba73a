# chapter: 1
# == on lists nested deeper than CPython's C recursion limit (10000).
a = []
b = []
i = 0
while i < 20000:
    a = [a]
    b = [b]
    i += 1
print("built")
print(a == b)
