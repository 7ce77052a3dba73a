# chapter: 1
# A misspelt function of sys.
import sys
sys.setrecursionlimt(100)
