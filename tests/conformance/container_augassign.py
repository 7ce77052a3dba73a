# chapter: 1
# += on a list changes it in place (aliases see it); on an int it rebinds.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
n = 1
m = n
n += 1
print(n, m)
s = "x"
t = s
s += "y"
print(s, t)
d = {"k": [0]}
d["k"] += [1]
print(d)
class Holder:
    pass
h = Holder()
h.items = []
alias = h.items
h.items += ["x"]
print(alias, h.items is alias)
c = [1]
c *= 3
print(c)
