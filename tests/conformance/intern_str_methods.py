# chapter: 4
# python: 3.13+
# Which str methods hand back a shared object, as CPython 3.13 does: a
# method that finds nothing to change returns the string itself; pieces
# cut out of a string (split, strip, slicing) of one Latin-1 character
# are the shared one-character strs; a result built afresh (upper,
# lower, replace, the join of several) is a new object even when it is
# one character long.  The empty str is always the one empty str.
s, a, b, y, A, empty = "abc", "a", "b", "y", "A", ""
e_acute, E_acute, euro, big_a = "é", "É", "\u20ac", "ABC"
t = (1, 2)
print("a b".split()[0] is a, s.split()[0] is s, s.split(",")[0] is s)
print(s.split(None, 0)[0] is s, s.split(",", 0)[0] is s, " abc".split()[0] is s)
print("a,,b".split(",")[1] is empty, s.rsplit()[0] is s)
print("é b".split()[0] is e_acute, (euro + " b").split()[0] is euro)
print("x y".split()[1] is y, s.strip() is s, " a ".strip() is a)
print("   ".strip() is empty, s.lstrip() is s, s.rstrip("x") is s)
print("xax".strip("x") is a, " abc ".strip() is s)
print(a.upper() is A, A.lower() is a, a.lower() is a, s.lower() is s)
print(empty.upper() is empty, E_acute.lower() is e_acute)
print(big_a.upper() is big_a, s.replace("x", "y") is s)
print("ab".replace("b", empty) is a, s.replace(a, b, 0) is s)
print(a.replace(a, empty) is empty, a.replace(a, b) is b, s.replace(s, s) is s)
print("-".join([s]) is s, "-".join([a]) is a, "-".join([]) is empty)
print("".join([a, empty]) is a, s[:] is s, s[0:1] is a, s[::1] is s)
print(s[::-1] is s, t[:] is t, t[0:2] is t, t[::-1] is t, str(s) is s)
print((s * 1) is s, (s + empty) is s, chr(97) is a, chr(300) is chr(300))
print(sorted("ba")[0] is a, max("abc") is s[2], min(["x", y]) is y)
print(list(reversed("ab"))[0] is b, next(iter("a")) is a)
print(list(enumerate("a"))[0][1] is a, list(zip("b"))[0][0] is b)
