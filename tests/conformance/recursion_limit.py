# chapter: 1
# sys.setrecursionlimit changes the limit that getrecursionlimit reports.
import sys

print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())


def down(n):
    if n == 0:
        return "bottom"
    return down(n - 1)


print(down(3000))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
