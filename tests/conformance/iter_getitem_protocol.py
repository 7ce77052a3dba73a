# chapter: 1
# The old iteration protocol: a class with __getitem__ and no __iter__
# is iterated as obj[0], obj[1], ... until IndexError or StopIteration
# (CPython's "iterator" type); "in" walks it the same way.
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
s = Squares()
print(list(s), 9 in s, 5 in s, sum(s), sorted(s, reverse=True))
it = iter(s)
print(type(it).__name__, next(it), next(it), list(it), list(it))
for x in s:
    print(x, end=" ")
print()
a, b, c, d = s
print(a, b, c, d, tuple(s), max(s), dict(zip(s, "abcd")))
class Stop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stop()))
class Bad:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(Bad())
except KeyError as e:
    print("KeyError", e)
class Both:
    def __getitem__(self, i):
        return 1
    def __iter__(self):
        return iter([7, 8])
print(list(Both()))
class Neither:
    pass
try:
    iter(Neither())
except TypeError as e:
    print(e)
