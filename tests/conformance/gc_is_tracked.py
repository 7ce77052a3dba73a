# chapter: 5
# python: 3.12+
# gc.is_tracked(): containers are tracked, ints and strs never; a dict
# only once it holds something that could be in a cycle; a tuple until
# a collection finds it holds nothing that could (a constant tuple of
# constants is not tracked at all since 3.12).
import gc


class C:
    def m(self):
        pass


def f():
    pass


n = 1000
s = "text" + str(n)
print(gc.is_tracked(0), gc.is_tracked(n), gc.is_tracked(s), gc.is_tracked(""))
print(gc.is_tracked(None), gc.is_tracked(True), gc.is_tracked(list))
print(gc.is_tracked([]), gc.is_tracked([1, 2]), gc.is_tracked(C()))
print(gc.is_tracked(C), gc.is_tracked(f), gc.is_tracked(C().m))
print(gc.is_tracked(gc), gc.is_tracked(len), gc.is_tracked(range(3)))
d = {}
r = [gc.is_tracked(d)]
d["a"] = 1
r.append(gc.is_tracked(d))
d["b"] = "x"
r.append(gc.is_tracked(d))
d[2] = None
r.append(gc.is_tracked(d))
d["c"] = []
r.append(gc.is_tracked(d))
d["c"] = 3
r.append(gc.is_tracked(d))
gc.collect(0)
r.append(gc.is_tracked(d))
gc.collect()
r.append(gc.is_tracked(d))
print(r)
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked({"a": {}}), gc.is_tracked({1: (1, 2)}))
print(gc.is_tracked((1, 2)), gc.is_tracked(()))
t = (n, s)
u = (t, n)
v = (n, [])
w = (n, {})
r = [gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(v), gc.is_tracked(w)]
gc.collect(0)
r.append(gc.is_tracked(t))
r.append(gc.is_tracked(u))
r.append(gc.is_tracked(v))
r.append(gc.is_tracked(w))
print(r)
e = {}
e["t"] = t
print(gc.is_tracked(e))
held = {"a": []}
held["a"] = 1
copy = dict(held)
print(gc.is_tracked(held), gc.is_tracked(copy), gc.is_tracked(dict({"x": 1})))
