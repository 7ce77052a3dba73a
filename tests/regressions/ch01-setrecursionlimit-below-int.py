# chapter: 1
# A recursion limit below a C int.
import sys
sys.setrecursionlimit(-2147483649)
