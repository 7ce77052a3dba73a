# chapter: 3
# python: 3.13+
# A str method that hands back the string itself adds a reference to
# it, and holds it as long as the result lives; one that makes a new
# string leaves the count alone.  partition keeps the separator itself.
import sys

s = "cd" * 3
base = sys.getrefcount(s)
for name, f in [("ljust(1)", lambda: s.ljust(1)),
                ("center(6)", lambda: s.center(6, "*")),
                ("zfill(0)", lambda: s.zfill(0)),
                ("ljust(7)", lambda: s.ljust(7)),
                ("expandtabs()", lambda: s.expandtabs()),
                ("partition('z')", lambda: s.partition("z")),
                ("rpartition('z')", lambda: s.rpartition("z")),
                ("partition('d')", lambda: s.partition("d")),
                ("splitlines()", lambda: s.splitlines()),
                ("removeprefix('q')", lambda: s.removeprefix("q")),
                ("removeprefix('c')", lambda: s.removeprefix("c")),
                ("removesuffix('')", lambda: s.removesuffix("")),
                ("translate({})", lambda: s.translate({})),
                ("title()", lambda: s.title()),
                ("format_map({})", lambda: s.format_map({}))]:
    r = f()
    print(name, sys.getrefcount(s) - base)
    del r
print(sys.getrefcount(s) - base)
sep = "d" + "c"
before = sys.getrefcount(sep)
r = s.partition(sep)
print(r, sys.getrefcount(sep) - before, r[1] is sep)
del r
print(sys.getrefcount(sep) - before)
t = str.maketrans("ab", "cd")
print(sys.getrefcount(t), t)
