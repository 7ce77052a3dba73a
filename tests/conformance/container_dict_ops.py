# chapter: 1
# dict get, del, in, keys in insertion order, overwriting a key.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d)
print(d.get("a"), d.get("zzz"), d.get("zzz", "default"))
print("a" in d, "zzz" in d, "zzz" not in d)
del d["a"]
print(d, len(d))
d["a"] = 4
print(d)
nums = {1: "one", 2: "two", (1, 2): "pair"}
print(nums[1], nums[(1, 2)])
print(nums)
empty = {}
print(empty, len(empty), bool(empty))
