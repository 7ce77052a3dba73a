# chapter: 1
# Assignment binds a name; rebinding one name never changes another.
x = [1, 2]
y = x
x = [3, 4]
print(x, y)
s = "ab"
t = s
s = s + "c"
print(s, t)
n = 10
m = n
n = n + 1
print(n, m)
a = b = []
a.append(1)
print(a, b, a is b)
a = "new"
print(a, b)
x, y = y, x
print(x, y)
