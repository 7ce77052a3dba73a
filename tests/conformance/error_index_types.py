# chapter: 1
# python: 3.13+
# An index of the wrong type: each sequence says it in CPython's words
# (lists and tuples take slices too; a str says 'str'; list.pop and
# list.insert want an integer).
for f in (lambda: [1]["a"], lambda: (1,)["a"], lambda: "ab"["a"],
          lambda: [1].pop("a"), lambda: [1].insert("a", 1),
          lambda: [1][None], lambda: (1,)[[0]]):
    try:
        f()
    except TypeError as e:
        print(e)
l = [1]
try:
    l["a"] = 2
except TypeError as e:
    print(e)
try:
    del l["a"]
except TypeError as e:
    print(e)
