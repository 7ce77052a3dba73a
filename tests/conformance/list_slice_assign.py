# chapter: 1
# python: 3.13+
# Assigning to and deleting slices of a list, as CPython's
# list_ass_subscript: the list grows or shrinks in place, an extended
# slice needs as many items as it has, any iterable may be assigned, and
# the list may be assigned to a slice of itself.
import sys
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
a[2:5] = ["x"]
print(a)
a[1:1] = [10, 11, 12]
print(a)
a[-2:] = "ab"
print(a)
a[::2] = range(len(a[::2]))
print(a)
del a[::3]
print(a)
del a[-1:-8:-2]
print(a)
del a[1:3]
print(a)
a[:] = a
print(a)
a[1:2] = a
print(a)
a[5:2] = [99]
print(a)
a[100:] = [7]
print(a)
b = [1, 2, 3]
b[:] = []
print(b)
b[::-1] = []
c = [1, 2, 3, 4]
c[::-1] = [5, 6, 7, 8]
print(c)
c[::-2] = (0, 0)
print(c)
for value in (5, None, [1], [1, 2, 3]):
    try:
        d = [1, 2, 3, 4]
        d[::2] = value
        print(d)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for value in (5, None):
    try:
        d = [1, 2, 3]
        d[0:1] = value
    except TypeError as e:
        print(type(e).__name__, e)
