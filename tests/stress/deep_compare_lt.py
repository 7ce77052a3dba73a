# chapter: 1
# < on lists nested 30000 deep: RecursionError at once, not minutes.
a = []
b = [1]
i = 0
while i < 30000:
    a = [a]
    b = [b]
    i += 1
print("built")
print(a < b)
