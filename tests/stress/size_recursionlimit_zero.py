# chapter: 1
# A recursion limit of zero.
import sys
sys.setrecursionlimit(0)
