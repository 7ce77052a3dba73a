import sys
limit = 3
def scaled(n):
    return n * limit // (n - 1)
print(sys.argv, __file__ != "")
