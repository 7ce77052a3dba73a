# String concatenation in a loop: s = s + piece, 50,000 times.
s = ""
for i in range(50000):
    s = s + "ab"
print(len(s))
