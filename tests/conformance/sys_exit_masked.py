# chapter: 1
# The exit status is the code's low byte, as the process's parent sees
# it: -2 is 254 (and 256 would be 0).
import sys

print(sys.maxsize, sys.byteorder, sys.platform)
raise SystemExit(-2)
