# chapter: 1
# Repeating to a size no machine has.
a = [0] * 3
print(len(a * 0), len(a * -5))
b = [0, 1] * 4611686018427387904
print(len(b))
