# chapter: 1
# d.keys(), d.values() and d.items() are views: they show the dict as it
# is at the moment they are used, not a copy taken when they were made.
# leaks: cycles
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(type(k), type(v), type(i), len(k), len(v), len(i))
d["c"] = 3
print(k, list(v), list(i), len(i))
print("a" in k, "z" in k, 2 in v, 9 in v, ("b", 2) in i, ("b", 9) in i)
print(("zz", 1) in i, "b" in i, ["b", 2] in i)
del d["a"]
print(list(k), list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k == {"b": 0, "c": 0}.keys(), k == k, v == v, i == d.items())
print(k != {"b": 0}.keys(), {"x": 1}.items() == {"x": 2}.items())
print(k <= {"b": 1, "c": 1, "q": 1}.keys(), k < k, k >= k, k > {"b": 1}.keys())
print(k == ["b", "c"], list(k) == ["b", "c"])
for key, value in d.items():
    print(key, value)
for value in d.values():
    print(value)
print(sorted(d.keys(), reverse=True), max(d.values()), sum(d.values()))
print(type(iter(k)), type(iter(v)), type(iter(i)))
print(type(reversed(d)), type(reversed(v)), type(reversed(i)))
print({}.keys(), {}.values(), {}.items())
e = {}
e[1] = e.values()
print(e)
f = {}
f["self"] = f.items()
print(f)
g = {}
g[0] = g.keys()
print(g)
