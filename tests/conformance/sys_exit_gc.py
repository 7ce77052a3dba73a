# chapter: 5
# A cycle still alive when sys.exit is called is collected at exit, its
# __del__ run, as at the end of a script that reaches its last line.
import gc
import sys


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("__del__", self.name)


a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("collected before exit:", gc.collect() >= 0)
c = Node("c")
d = Node("d")
c.other = d
d.other = c
del c, d
sys.exit(0)
