# chapter: 1
# Rebinding the name a loop walks does not change what it walks.
a = [1, 2, 3]
for x in a:
    a = [9]
    print(x, a)
t = (1, 2)
for x in t:
    t = t + (x,)
print(t)
s = "ab"
for c in s:
    s = s + c
print(s)
r = range(3)
for i in r:
    r = range(100)
print(i, r)
