# chapter: 1
# python: 3.13+
# list.remove, index, count, reverse, clear and copy: all but copy
# change the list in place; copy makes a new list of the same items.
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.remove(1)
print(a, a.count(1), a.count(7), a.index(4), a.index(1))
print(a.index(9, 2), a.index(5, -4), a.index(2, 0, 100), a.index(3, -100))
b = a
b.reverse()
print(a, a is b, a.reverse(), a)
c = a.copy()
print(c == a, c is a, c[0] is a[0], len(c))
c.append(0)
print(len(a), len(c), c.pop())
a.clear()
print(a, b, len(b), c)
words = ["x", [1], (2,), "x"]
print(words.count("x"), words.index((2,)), words.count([1]), [].count(1))
words.remove("x")
print(words)
words.remove([1])
print(words, words.copy(), [].copy())
nested = [[0], [0]]
copy = nested.copy()
copy[0].append(1)
print(nested, copy, copy[1] is nested[1])
print([1, 2, 3].index(True), [0, False].count(False), [1, True].count(1))
r = list(range(10))
r.reverse()
print(r, r.index(0))
print([True, 1, "1"].count(1))
e = []
e.reverse()
print(e, e.clear(), e)
t = (3, 1, 3, [2])
print(t.count(3), t.count([2]), t.index(1), t.index(3, 1), t.index([2], -1))
