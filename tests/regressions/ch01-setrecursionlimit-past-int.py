# chapter: 1
# A recursion limit that does not fit in a C int.
import sys
sys.setrecursionlimit(2147483648)
