# chapter: 4
# python: 3.13+
# Not every one-character str is the cached one.  CPython 3.13 returns
# the cached str from indexing, iterating and slicing with step 1, but
# makes a str of its own where it builds the text itself: str() of an
# int (long_to_decimal_string), a slice with a step, a join of two or
# more parts.  A join of one str is that str.
s = "".join(["ab", "cd"])
a = "a"
one = "1"
print("s[0], s[:1], iteration:", s[0] is a, s[:1] is a, list(s)[0] is a)
print("str(1):", str(1) is one, str(1) == one, str(1) is str(1))
print("repr(7), str(-5):", repr(7) is repr(7), str(-5) is str(-5))
print("s[::3]:", s[::3], "s[::4]:", s[::4] is a, s[::4] == a)
print("backwards:", "ba"[::-2] is a, a[::-1] is a, a[::-1] == a)
print("s[0:1:2]:", s[0:1:2] is a)
print("join of two:", "".join(["a", ""]) is a, "".join(["", "a"]) is a)
print("join of one:", "".join([a]) is a, "-".join([s]) is s)
print("join of a tuple of one:", "".join((s,)) is s)
n = 7
print("str(n) twice:", str(n) is str(n), str(n) == str(n))
for i in range(3):
    print(i, str(i) is str(i), str(i) == "012"[i], "012"[i] is "012"[i:i + 1])
empty = ""
print("empty:", "".join([]) is "".join(["", ""]), s[::-1][4:] is empty)
