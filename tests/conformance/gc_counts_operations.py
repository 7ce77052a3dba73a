# chapter: 5
# python: 3.13
# gc.get_count() across common operations: calls, iteration, copies,
# slices, unpacking, closures.  Each step's change is what 3.13 counts:
# a container made from fresh memory +1, one freed to the allocator -1,
# freelists neither.  (Not here: calling a class with arguments, whose
# first call at each place passes them in a tuple before 3.13's
# specializing interpreter adapts that call.)
import gc


class Q:
    def __init__(self):
        self.v = 1

    def m(self):
        return self.v


def f(a, b):
    return a


def mk():
    def inner():
        return 1
    return inner


gc.collect()
r = []
r.append(gc.get_count())
i = 0
while i < 5:
    q = Q()
    q.m()
    i += 1
r.append(gc.get_count())
i = 0
while i < 5:
    f(1, b=3)
    i += 1
r.append(gc.get_count())
l = list(range(5))
r.append(gc.get_count())
t = tuple(l)
r.append(gc.get_count())
t2 = tuple(t)
r.append(gc.get_count())
d = dict()
r.append(gc.get_count())
d2 = {"a": 1, "b": [1]}
r.append(gc.get_count())
c = dict(d2)
r.append(gc.get_count())
s = " ".join(["a", "b"])
r.append(gc.get_count())
ls = l[1:3]
r.append(gc.get_count())
l2 = l + l
r.append(gc.get_count())
l3 = l * 2
r.append(gc.get_count())
a, b = 1, 2
r.append(gc.get_count())
a, b = l[:2]
r.append(gc.get_count())
a, b = t[:2]
r.append(gc.get_count())
for a, b in [(1, 2), (3, 4)]:
    pass
r.append(gc.get_count())
fn = mk()
r.append(gc.get_count())
g = d2.get
r.append(gc.get_count())
for k in d2:
    pass
r.append(gc.get_count())
for ch in "ab":
    pass
r.append(gc.get_count())
z = str(12345)
r.append(gc.get_count())
for c in r:
    print(c)
