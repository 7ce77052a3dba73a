# chapter: 1
# A 900-deep recursion fits under the default limit of 1000.
import sys

print(sys.getrecursionlimit())


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def build(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return build(n - 1, acc)


print(depth(900))
trail = build(900, [])
print(len(trail), trail[0], trail[899])
