# chapter: 1
# python: 3.13
# printf-style formatting, str % args: every conversion, the flags
# - + space # 0, width and precision (with *), %(key)s with a mapping,
# a tuple of arguments or a single one, classes with __str__ and
# __repr__, %c; and every error, in the order CPython finds them.
# (3.14 words the %c errors differently: compared with 3.13.)
def check(fmt, args):
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except Exception as e:
        print(repr(fmt), "!", type(e).__name__ + ":", e)


BIG = 9223372036854775807
SMALL = -9223372036854775807 - 1

print("%d items" % 3, "%s and %s" % ("this", "that"), "%r" % "q")
print("%5d|%-5d|%05d|%+d|% d|%+05d|%-+5d|" % (42, 42, 42, 42, 42, -42, 42))
print("100%% sure, %d%%" % 99)

# integers: d i u o x X, every flag, width, precision
for conv in "diuoxX":
    for flags in ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "+#",
                  " #0", "-#", "--", "00"]:
        for spec in ["", "8", ".4", "8.4", "3.1", ".0", "1"]:
            fmt = "%" + flags + spec + conv
            print(repr(fmt), [fmt % v for v in [0, 7, -7, 255, -255,
                                                 BIG, SMALL]])
for v in [True, False]:
    check("%d %i %u %x %o %X %5d %.3d %+d", (v,) * 9)

# floats: e f g of an int, as CPython formats the float it becomes
for conv in "eEfFgG":
    for flags in ["", "-", "+", " ", "#", "0", "+#0", "-#"]:
        for spec in ["", "12", ".0", ".1", ".3", "15.2", ".10", ".20",
                     "1.30"]:
            fmt = "%" + flags + spec + conv
            print(repr(fmt), [fmt % v for v in [0, 5, -5, 25, 35, 95,
                                                 123456789, 2 ** 53 + 1,
                                                 -(10 ** 18), BIG, SMALL]])
for v in [12345, 99995, 99985, 999850001, 1000000, 100000, 995, 985]:
    print(v, [("%" + p + c) % v
              for p in [".0", ".1", ".2", ".3", "#.3", ".6", "#"]
              for c in "eg"])
check("%f %e %g", (True, False, True))
check("%.2147483647e|%#.2147483647e|%.2147483647g", (25, 25, 25))

# text: s r a, width, precision, - and flags that do nothing there
class Named:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return "str:" + self.name

    def __repr__(self):
        return "Named(" + repr(self.name) + ")"


class OnlyRepr:
    def __repr__(self):
        return "<caf\u00e9>"


class Plain:
    pass


for v in ["abc", "caf\u00e9", "", 42, -3, True, None, [1, "x"], (1,),
          {"k": "v"}, Named("n"), OnlyRepr()]:
    for spec in ["s", "r", "a", "8s", "-8s", ".2s", "8.2r", "-6.3a", "+s",
                 " s", "#s", "05s", ".0s", ".20s", "1s"]:
        check("[%" + spec + "]", (v,))
print(("%s" % Plain())[:18], ("%r" % Plain())[:18])
print("%s|%r|%a" % ("\u00e9\u20ac\U0001f600", "\u00e9\n", "\u00e9\U0001f600"))
print("%-4s|%4s|%.1s|" % ("\u20ac", "\U0001f600", "\u00e9\u00e9"))

# %c: an int, or a str of one character
for v in [65, 0, 233, 0x20AC, 0x1F600, 0x10FFFF, "x", "\u00e9", True]:
    check("%c|%3c|%-3c|%.0c|%03c", (v,) * 5)
for v in [-1, 0x110000, BIG, SMALL, "ab", "", None, [65]]:
    check("%c", (v,))

# * for width and precision
check("%*d|%-*d|%*d", (5, 1, 5, 2, -5, 3))
check("%.*s|%*.*s|%.*d", (2, "abcdef", 6, 3, "abcdef", 4, 7))
check("%.*d", (-5, 42))
check("%*d", (SMALL, 1))
check("%*d", ("5", 1))
check("%.*d", (None, 1))
check("%.*d", (2147483648, 1))
check("%.*d", (-2147483649, 1))
check("%.*d", (2147483647, 1))
check("%*d", (5,))
check("%*", (5,))
check("%*", ())

# h, l and L are read and ignored
check("%ld %hi %Lx %lc %hs", (1, 2, 255, 65, "s"))

# one argument or a tuple
check("%s", ((1, 2),))
check("%s", [1, 2])
check("%s %s", [1, 2])
check("%s", (1, 2))
check("%s %s", (1,))
check("%s", ())
check("no conversion", ())
check("no conversion", 5)
check("no conversion", (1,))
check("no conversion", [])
check("no conversion", {})
check("no conversion", "a str")
check("", ())
check("%%", ())
check("%%", 5)
check("%d", None)

# %(key) with a mapping: a dict, or any object with __getitem__
class Doubler:
    def __getitem__(self, key):
        return key * 2


d = {"name": "minipy", "n": 3, "x(y)": "paren", "": "empty", "\u00e9": 1}
check("%(name)s has %(n)d %(n)05.1f", d)
check("%(name)-10s|%(n)+x|%(name).3r", d)
check("%(x(y))s %()s %(\u00e9)s", d)
check("%(name)s %s", d)
check("%s %(name)s", d)
check("%s", d)
check("%(name)s", Doubler())
check("%(missing)s", d)
check("%(name)s", (1,))
check("%(name)s", 5)
check("%(name)s", "str")
check("%(name", d)
check("%(na(me)s", d)
check("%(name)", d)
check("%(n)*d", d)
check("%(name)s %(n)s and more", d)
check("%(name)%", d)
check("%(missing)%", d)

# errors: the type, the conversion, the end of the format
for fmt, args in [("%d", "1"), ("%i", [1]), ("%u", None), ("%x", "ff"),
                  ("%o", "7"), ("%X", Plain()),
                  ("%e", "1"), ("%f", None), ("%g", [1]), ("%z", 1),
                  ("%y", ()), ("%\u00e9", 1), ("%\n", 1), ("%\x1f", 1),
                  ("%~", 1), ("ab%", ()), ("%", 5), ("%-", 1), ("%5", 1),
                  ("%5.", 1), ("%.5", 1), ("%#0", 1), ("%l", 1),
                  ("%5%", ()), ("%5%", (1,)), ("%-5%|", (1,)),
                  ("\u00e9\u00e9%q", 1), ("\U0001f600%s%k", (1, 2)),
                  ("%s %z", ()), ("%99999999999999999999d", 1),
                  ("%.99999999999999999999d", 1), ("%.2147483648d", 1),
                  ("%.2147483647d", 1), ("%.2147483647x", -1),
                  ("%.2147483647s", "ok")]:
    try:
        result = fmt % args
        print(repr(fmt), "->", len(result), repr(result[:20]))
    except Exception as e:
        print(repr(fmt), "!", type(e).__name__ + ":", e)

# __str__ and __repr__ that fail, or do not return a str
class BadStr:
    def __str__(self):
        return 5

    def __repr__(self):
        raise ValueError("no repr")


check("%s", BadStr())
check("%r", BadStr())
check("%a", BadStr())
check("%s %s", ("first", BadStr()))

# the right operand's own __rmod__ is never asked: str's % comes first
class RMod:
    def __rmod__(self, other):
        return "rmod"

    def __repr__(self):
        return "RMod()"


check("%s", RMod())
try:
    print(5 % "x")
except TypeError as e:
    print(e)
