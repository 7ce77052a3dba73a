# chapter: 1
# in compares with ==: it counts against the limit too.
a = []
b = []
i = 0
while i < 20000:
    a = [a]
    b = [b]
    i += 1
print("built")
print(a in [b])
