# chapter: 4
# Operations on constants are done once, when the file is compiled, and
# their results merged with equal constants.  (The folded expressions
# are assigned first: CPython warns about a literal beside `is`.)
a = 257
c = 200 + 57
print("200 + 57:", c is a)
c = -257
d = -257
print("-257:", c is d, -a is -a)
b = 500
c = 499 + 1
d = 1000 // 2
e = 1000 - 500
f = 250 * 2
g = 1001 % 501
print("folded to 500:", c is b, d is b, e is b, f is b, g is b)
s = "hello"
c = "hel" + "lo"
print('"hel" + "lo":', c is s)
h = "h"
c = "hello"[0]
print('"hello"[0]:', c is h)
aa = "aa"
c = "a" * 2
print('"a" * 2:', c is aa)
t = (1, 2, 3)
c = (1, 2) + (3,)
print("(1, 2) + (3,):", c is t)
# What would make a big constant is left for the program to do, each
# time: a str over 4096 characters, a tuple over 256 items.
x = "a" * 4096
c = "a" * 4096
print("a * 4096 twice:", x is c, len(x))
y = "a" * 4097
c = "a" * 4097
print("a * 4097 twice:", y is c, y == c)
z = "ab" * 2048
c = "ab" * 2048
print("ab * 2048 twice:", z is c)
p = (1,) * 256
c = (1,) * 256
print("(1,) * 256 twice:", p is c)
q = (1,) * 257
c = (1,) * 257
print("(1,) * 257 twice:", q is c, q == c)


# An operation that fails is left for the program to run, and fail.
def never():
    return 1 // 0


print("defined, not called: fine")
