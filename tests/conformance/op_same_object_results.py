# chapter: 1
# An operation whose result equals an immutable operand gives the
# operand itself, in every CPython 3: a slice of all of a str or tuple
# with step 1, repeating once, adding an empty one, str() of a str,
# tuple() of a tuple, a join of one str.  Anything else, and every
# operation on a list, makes a new object.
s = "".join(["ab", "cd"])
t = (1, 2, 3)
e = ()
empty = "".join([])
print("s[:]:", s[:] is s, s[0:] is s, s[:4] is s, s[-10:10] is s)
print("s[::1]:", s[::1] is s, s[0:4:1] is s)
print("not all of it:", s[1:] is s, s[:3] is s, s[::-1] is s, s[::2] is s)
print("s * 1:", s * 1 is s, 1 * s is s, s * 2 is s)
print("s + '':", s + empty is s, empty + s is s, s + s is s)
print("str(s):", str(s) is s)
print("join of one:", "".join([s]) is s, "+".join((s,)) is s)
print("t[:]:", t[:] is t, t[0:3] is t, t[-5:5] is t, t[::1] is t)
print("not all of it:", t[1:] is t, t[::-1] is t, t[:2] is t)
print("t * 1:", t * 1 is t, 1 * t is t, t * 2 is t)
print("t + ():", t + e is t, e + t is t, t + t is t)
print("tuple(t):", tuple(t) is t)
print("() * 5:", e * 5 is e)
u = (7,)
print("one item:", u[::-1] is u, u[:] is u, u * 1 is u)
lst = [1, 2]
print("lists:", lst[:] is lst, lst * 1 is lst, lst + [] is lst)
print("values:", s[:], t[:], s * 1, t + e, lst[:])
