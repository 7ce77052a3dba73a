# chapter: 1
# A dict changed through one name is changed for every name bound to it.
d = {"one": 1}
e = d
e["two"] = 2
print(d)
del d["one"]
print(e)
box = {"inner": d}
box["inner"]["three"] = 3
print(e)
print(box["inner"] is d)
copy = dict(d)
copy["four"] = 4
print(d, copy)
