# chapter: 1
# dict.pop, popitem, setdefault, update, clear and copy, and the dict()
# constructor's forms.
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("a"), d, d.pop("zz", "default"), d.pop("b", None), d)
d.update({"x": 10}, y=20)
print(d)
d.update([("p", 1), ["q", 2], "rs"])
print(d)
d.update(x=0)
print(d, d.update(), d)
print(d.setdefault("x", 99), d.setdefault("new"), d.setdefault("n2", []), d)
d["n2"].append(1)
print(d["n2"], d.popitem(), d.popitem(), len(d))
c = d.copy()
print(c == d, c is d, c)
c["only"] = True
print("only" in d, "only" in c)
d.clear()
print(d, c.get("p"), len(c))
print(dict(), dict(a=1, b=2), dict({1: 2}), dict({1: 2}, z=3))
print(dict([(1, "a"), (2, "b")]), dict(zip("ab", [1, 2])), dict(d, k=1))
print(dict([("k", 1), ("k", 2)]), dict({"k": 1}, k=2), dict(enumerate("xy")))
order = {}
order.update(b=1, a=2)
order.update({"c": 3})
print(list(order), order.popitem(), list(order))
nested = {"inner": [1]}
shallow = nested.copy()
shallow["inner"].append(2)
print(nested, shallow["inner"] is nested["inner"])
