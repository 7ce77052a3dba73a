# chapter: 3
# The items a slice assignment or deletion replaces lose their
# references; the list keeps one per item it still holds.
import sys
x = object()
e = [x, x, x]
before = sys.getrefcount(x)
e[0:2] = []
print(sys.getrefcount(x) - before)
del e[:]
print(sys.getrefcount(x) - before, e)
