# chapter: 1
# python: 3.13+
# An index of the wrong type: each sequence says it in CPython's words
# (lists and tuples take slices too; a str says 'str'; list.pop and
# list.insert want an integer).
lst, tup, text, key, none, seq = [1], (1,), "ab", "a", None, [0]
for f in (lambda: lst[key], lambda: tup[key], lambda: text[key],
          lambda: lst.pop(key), lambda: lst.insert(key, 1),
          lambda: lst[none], lambda: tup[seq]):
    try:
        f()
    except TypeError as e:
        print(e)
try:
    lst[key] = 2
except TypeError as e:
    print(e)
try:
    del lst[key]
except TypeError as e:
    print(e)
