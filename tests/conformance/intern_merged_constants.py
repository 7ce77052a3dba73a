# chapter: 4
# The constants of one file are made once: equal constants of the same
# type, anywhere in the file, are one object.  So two names bound to
# the same literal are one object even outside the small-int range.
a = 500
b = 500
print("a = 500; b = 500; a is b:", a is b)


def five_hundred():
    return 500


def also():
    x = 500
    return x


print("f() is a:", five_hundred() is a, also() is a)
print("a + 0 is a:", a + 0 is a, a + 0 == a)
t = (1, 2)
u = (1, 2)
print("two tuple literals:", t is u)


def pair():
    return (1, 2)


print("a function's tuple:", pair() is t)
n = ((1, 2), "x")
m = ((1, 2), "x")
print("nested:", n is m, n[0] is t)
v = (1, 2)
w = (True, 2)
print("(1, 2) and (True, 2): equal", v == w, "same", v is w)
one = 1
yes = True
print("1 and True:", one == yes, one is yes)
s = "hello world!"
r = "hello world!"
print("two str literals:", s is r)
e = ()
f = ()
print("empty tuples:", e is f, tuple() is e, (1,)[1:] is e, tuple([]) is e)
g = ""
print("empty strs:", str() is g, "abc"[3:] is g, "".join([]) is g)
