# chapter: 1
# A SystemExit whose code is neither None nor an int is printed on
# standard error, and the exit status is 1.
import sys

print("before")
sys.exit("the message goes to stderr")
