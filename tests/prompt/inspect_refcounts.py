import sys
def f():
    return 100000
big = 100002
