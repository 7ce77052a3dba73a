# chapter: 3
# Leaving with sys.exit tears the program down as reaching its end does:
# finally blocks first, then the globals' __del__ at exit.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


first = Noisy("first")
second = Noisy("second")
try:
    print("exiting")
    sys.exit(7)
finally:
    print("finally")
    del second
