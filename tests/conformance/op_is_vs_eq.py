# chapter: 1
# is compares identity, == compares value: on lists, dicts and instances.
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
d1 = {"k": []}
d2 = {"k": []}
print(d1 == d2, d1 is d2, d1["k"] is d2["k"])


class Thing:
    pass


t1 = Thing()
t2 = Thing()
t3 = t1
print(t1 == t2, t1 is t2, t1 == t3, t1 is t3)
print(None is None, a is None, a is not None)
print(True is True, (1 == 1) is True)
