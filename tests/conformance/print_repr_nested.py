# chapter: 1
# repr of nested containers, self-containing ones included.
# leaks: cycles
print([1, [2, [3, [4, []]]]])
print({"a": [1, {"b": (2, 3)}], "c": {}})
print(((1,), (), [()], ((),)))
print([None, True, False, -1, "s"])
print(repr([1, "two"]), str([1, "two"]))
x = [1]
x.append(x)
print(x)
d = {"self": None}
d["self"] = d
print(d)
e = [d, x]
print(e)
print(repr(""), repr("a"), str(""), len(str([])))
