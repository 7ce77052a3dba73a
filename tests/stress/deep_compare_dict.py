# chapter: 1
# Dicts nested past the limit, compared.
d = {}
e = {}
i = 0
while i < 20000:
    d = {"k": d}
    e = {"k": e}
    i += 1
print(d == e)
