# chapter: 1
# Slices make new lists, tuples and strings.
a = [0, 1, 2, 3, 4, 5]
print(a[1:3], a[:2], a[4:], a[:], a[::2], a[::-1], a[-2:], a[1:-1])
b = a[:]
b.append(6)
print(a, b, a is b)
t = (1, 2, 3, 4)
print(t[1:], t[::-1])
s = "hello world"
print(s[0:5], s[6:], s[::-1], s[-1], s[100:], s[2:2])
print(a[10:20], a[-100:2])
