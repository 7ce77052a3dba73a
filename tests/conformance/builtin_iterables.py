# chapter: 1
# python: 3.13+
# min, max, sum, sorted, any and all walk what they are given with the
# iteration protocol: lists, tuples, strs, ranges, dicts, iterators.
print(min(3, 1, 2), max(3, 1, 2), min([4, 9, 2]), max((4, 9, 2)))
print(min("hello"), max("hello"), min(range(5, 10)), max({3: "a", 7: "b"}))
print(min([], default="none"), max([5], default=0), min([3, 1], key=None))
print(max(["bb", "a", "ccc"], key=len), min(["bb", "a", "ccc"], key=len))
print(max([1, 3, 3], key=abs), min([-3, 3, 2], key=abs), max(1, True))
print(max([(1, "b"), (1, "c"), (0, "z")]), min([[2], [1, 5], [1]]))
print(min(iter([4, 2, 8])), max(reversed([1, 5, 2])))
print(sum([1, 2, 3]), sum((1, 2), 10), sum([], 5), sum(range(101)))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True, 1]))
print(sum([1, 2], start=100))
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
print(any(range(3)), all(range(3)), any(iter([0, 0, 7])))
print(any("abc"), all({0: 1}), any({0: 1, 2: 3}))
print(sorted([3, 1, 2]), sorted("hello"), sorted((2, 1)), sorted({2: 0, 1: 0}))
print(sorted([3, 1, 2], reverse=True), sorted([1, 2, 3], reverse=False))
print(sorted(["bb", "a", "ccc", "dd"], key=len))
print(sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True))
print(sorted([[3, "x"], [1, "y"], [3, "a"]]))
print(sorted([2, 1], reverse=[]), sorted([2, 1], reverse="yes"))


def second(pair):
    return pair[1]


def last_digit(n):
    return n % 10


pairs = [("a", 2), ("b", 1), ("c", 2), ("d", 1), ("e", 0)]
print(sorted(pairs, key=second))
print(sorted(pairs, key=second, reverse=True))
print(sorted(pairs, key=None) == sorted(pairs))
mixed = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0] * 30 + list(range(200, 0, -1))
ordered = sorted(mixed)
print(len(ordered), ordered[:8], ordered[-3:])
print(ordered == sorted(ordered, reverse=True)[::-1])
keyed = sorted(range(500), key=last_digit)
print(keyed[:4], keyed[-4:], len(keyed))
keyed = sorted(range(500), key=last_digit, reverse=True)
print(keyed[:4], keyed[-4:])
a = [5, 2, 9]
print(a.sort(), a)
a.sort(reverse=True)
print(a)
a.sort(key=abs)
print(a)
words = ["Banana", "apple", "cherry", "fig"]
words.sort(key=len)
print(words)
same = [3, 1]
other = same
same.sort()
print(other, other is same)
