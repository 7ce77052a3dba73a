# chapter: 3
# Chapter 3's exercises 3.1 to 3.3: counts through lists and tuples, a
# method's argument, a resurrecting __del__.
import sys

p = []
q = [p, p, p]
r = (p, q)
print(sys.getrefcount(p))
del q
print(sys.getrefcount(p))
q = r[1]
print(sys.getrefcount(p))


class Holder:
    def m(self, x):
        return sys.getrefcount(x)


obj = Holder()
a = []
print(obj.m(a))
saved = []


class Phoenix:
    def __del__(self):
        print("__del__ runs")
        saved.append(self)


f = Phoenix()
del f
print(len(saved))
del saved[0]
print(len(saved), "and no second __del__")
