# chapter: 1
# python: 3.13+
# enumerate, zip, reversed, iter and next make iterators; each hands out
# one item at a time and is used up once.
print(list(enumerate("abc")), list(enumerate("ab", 5)))
print(list(enumerate(iterable="ab", start=3)), list(enumerate([], 9)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])))
print(list(zip([1, 2], (3, 4), "xy")), list(zip([1, 2], [3, 4], strict=True)))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")))
print(list(reversed(range(0, 10, 3))), list(reversed(range(5, 0, -2))))
print(list(reversed(range(0))), list(reversed({"x": 1, "y": 2})))
print(type(reversed([])), type(reversed(())), type(reversed("")))
print(type(reversed(range(2))), type(reversed({})), type(enumerate([])))
print(type(zip()), type(iter(len, 0)))
e = enumerate("xy")
print(next(e), next(e), next(e, "done"), list(e))
z = zip("ab", "cd")
print(iter(z) is z, next(z), list(z), list(z))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
r = reversed([1, 2, 3, 4])
print(next(r), next(r), list(r))
shrinking = [1, 2, 3]
r = reversed(shrinking)
print(next(r))
shrinking.pop()
shrinking.pop()
print(list(r))
calls = [3, 2, 1, 0, 5]


def take():
    return calls.pop(0)


print(list(iter(take, 0)), calls)
for i, (a, b) in enumerate(zip("pq", "rs")):
    print(i, a, b)
print(callable(len), callable(1), callable(print), callable(list))
print(callable(take), callable("take"), callable([].append))
print(list(map(abs, [-1, 2])), list(map(pow, [2, 3], [2, 2])), list(map(pow, [2, 3], [2])))
print(list(filter(None, [0, 1, "", "a"])), list(filter(len, ["", "ab", []])))
print(type(map(abs, [])), type(filter(None, [])), list(map(str, range(3))))
m = map(abs, [-5, -6])
print(next(m), list(m), list(m))
