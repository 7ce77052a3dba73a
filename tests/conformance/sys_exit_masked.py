# chapter: 1
# The exit status is the code's low byte, as the process's parent sees
# it: -254 is 2 (-2 would be 254, 256 would be 0; a status this low
# keeps the leak tests' "above 124 is a crash" rule apart).
import sys

print(sys.maxsize, sys.byteorder, sys.platform)
raise SystemExit(-254)
