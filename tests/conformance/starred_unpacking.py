# chapter: 1
# Starred targets take what the others leave, as a new list (a, *b =
# value: UNPACK_EX); *a in a list or tuple display extends the list
# being built (LIST_EXTEND), a tuple being that list made a tuple at
# the end.  The messages are CPython's.
a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
[x, *y] = {1: 2, 3: 4}
print(x, y)
for h, *t in [(1, 2, 3), (4,)]:
    print(h, t)
print([t for h, *t in [(1, 2), (3, 4, 5)]])
(a, *b), c = [1, 2], 3
print(a, b, c)
l = [1, 2]
*m, = l
print(m, m is l, m == l)
def f():
    first, *rest = [9, 8]
    return first, rest
print(f())
x, *big = range(20)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b = 5
except TypeError as e:
    print(e)
a = [1, 2]
print([*a, 3], [0, *a], [*a, *a], [*"ab"], [*{1: 2}], [*range(3), *()])
t = *a, 3
print(t, (*a,), (0, *a, 4))
def f():
    return 1, *[2, 3]
print(f())
for x in *a, 9:
    print(x)
b = [*a]
print(b == a, b is a)
try:
    [*5]
except TypeError as e:
    print(e)
try:
    (1, *None)
except TypeError as e:
    print(e)
x = [*[1]] * 2
print(x)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise KeyError("boom")
        return [self.n]
def t1(): a, b, *c = [1]
def t2(): a, *b, c, d = [1, 2]
def t3(): a, b, *c = It()
def t4(): *a, b = It()
def t5(): a, *b = 5
def t6(): a, *b, c = 'x'
def t7(): a, b, c, *d = It()
for t in (t1, t2, t3, t4, t5, t6, t7):
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
a, *b, c = [1]
