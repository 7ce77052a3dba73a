# chapter: 3
# python: 3.13
# What f-strings hold: a str formats as itself (FORMAT_SIMPLE and an
# empty spec hand back the same object), a spec that changes nothing
# too; the pieces of a joined f-string are released once it is built.
import sys
def name():
    return "".join(["mini", "py"])
s = name()
print(sys.getrefcount(s))
t = f"{s}"
print(t is s, sys.getrefcount(s))
u = f"{s:}"
print(u is s, sys.getrefcount(s))
v = f"{s:<3}"
print(v is s, sys.getrefcount(s))
w = f"<{s}>"
print(w is s, sys.getrefcount(s), sys.getrefcount(w))
del t, u, v, w
print(sys.getrefcount(s))
n = 1000 + len(s)
r = f"{n}"
print(sys.getrefcount(n), sys.getrefcount(r))
x = format(s)
y = format(s, "")
z = "{}".format(s)
print(x is s, y is s, z is s, sys.getrefcount(s))
def f(a):
    return f"{a!r:>10}|{a}"
print(f(s), sys.getrefcount(s))
