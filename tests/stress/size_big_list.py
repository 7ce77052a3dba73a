# chapter: 1
# A big list, built and dropped, and a long string.
a = [0] * 3000000
b = a + a
print(len(b), b[-1])
s = "x" * 10000000
print(len(s + s))
del a, b
print("done")
