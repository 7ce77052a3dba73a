# chapter: 1
# sys.setrecursionlimit beyond a C int.
import sys
sys.setrecursionlimit(2147483647)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2147483648)
