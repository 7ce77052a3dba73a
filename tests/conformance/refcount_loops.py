# chapter: 3
# The loop variable holds the current item; += on a list changes it in
# place for every alias.
import sys

v = []
items = [v, v, v]
for x in items:
    print(sys.getrefcount(v))
print(sys.getrefcount(v))
del x
print(sys.getrefcount(v))
for x in [v]:
    pass
print(sys.getrefcount(v))
for x in (v, v):
    pass
print(sys.getrefcount(v))
for k in {"only": v}:
    print(sys.getrefcount(v))
i = 0
while i < 3:
    last = [v]
    i += 1
print(sys.getrefcount(v))
del last
a = []
b = a
b += [v]
print(b is a, sys.getrefcount(a), sys.getrefcount(v))
b = b + [v]
print(b is a, sys.getrefcount(a), sys.getrefcount(v))
b = a
b *= 2
print(b is a, len(a), sys.getrefcount(v))
