# chapter: 3
# python: 3.13
# Which str % hands back, and what it holds on to.  A format with
# nothing to convert is the format itself; "%s" % s, with nothing to
# pad or cut, is s itself (CPython's writer keeps the one str it was
# given as the whole result); anything else is a new str, and the
# arguments are released once it is built.  (A tuple written out after
# the %, as in "%s%s" % (a, b), is avoided here: CPython's compiler
# turns that form into an f-string.)
import sys
def made(text):
    return "".join([text, "!"])
s = made("minipy")
print(sys.getrefcount(s))
one = (s,)
print(("%s" % s) is s, ("%s" % one) is s, sys.getrefcount(s))
kept = "%s" % s
print(kept is s, sys.getrefcount(s))
del kept
print(sys.getrefcount(s))
fmt = made("no conversion")
print((fmt % ()) is fmt, (fmt % {}) is fmt, (fmt % []) is fmt,
      sys.getrefcount(fmt))
for spec in ["%s", "%5s", "%-7s", "%.7s", "%.20s", "%+s", "% s", "%#s",
             "%05s", "%.6s", "%10s", "%r", "%a", "x%s", "%s!", "%%%s",
             "%(k)s", "%s%s", "%.0s%s", "%s%.0s", "%1s"]:
    args = {"k": s} if "(" in spec else (s,) * spec.count("%s") \
        if "%s%" in spec or "s%s" in spec else (s,)
    if spec in ("%.0s%s", "%s%.0s"):
        args = (s, s)
    try:
        r = spec % args
        print(repr(spec), repr(r), r is s, sys.getrefcount(s))
    except Exception as e:
        print(repr(spec), "!", type(e).__name__, e)
empty = made("")[:0]
pair = (empty, s)
later = (s, empty)
print(("%s%s" % pair) is s, ("%s%s" % later) is s)
class Text:
    def __init__(self, text):
        self.text = text
    def __str__(self):
        return self.text
    def __repr__(self):
        return self.text
t = Text(s)
print(("%s" % t) is s, ("%r" % t) is s, ("%a" % t) is s, ("%9s" % t) is s,
      ("%.3s" % t) is s, sys.getrefcount(s))
n = 1000 + len(s)
r = "%d|%s|%x" % (n, n, n)
print(r, sys.getrefcount(n), sys.getrefcount(r))
d = {"n": n, "s": s}
r = "%(n)d %(s)s" % d
print(r, sys.getrefcount(n), sys.getrefcount(s), sys.getrefcount(d))
del r, d
print(sys.getrefcount(n), sys.getrefcount(s))
try:
    "%s %s %d" % (s, n, s)
except TypeError as e:
    print(e, sys.getrefcount(s), sys.getrefcount(n))
try:
    "%(s)s %(missing)s" % {"s": s}
except KeyError as e:
    print("KeyError", e, sys.getrefcount(s))
