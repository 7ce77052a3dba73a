# chapter: 1
# in and not in on lists, tuples, strings, dicts and ranges.
print(2 in [1, 2, 3], 5 in [1, 2, 3], 5 not in [1, 2, 3])
print("b" in ("a", "b"), "ell" in "hello", "z" in "hello")
print("key" in {"key": 1}, 1 in {"key": 1})
print(3 in range(5), 5 in range(5))
print([1] in [[1], [2]], [3] in [[1], [2]])
print("" in "abc")
