# chapter: 4
# python: 3.13
# str % and the cached strs: a one-character Latin-1 result is the
# shared one, however it was made, except where CPython keeps an int's
# str() as the whole result (%1d, %.1d, a bool's %d, %1s of an int);
# the empty result is the empty str.
five = "5"
a = "A"
e = "\u00e9"
g = ""
n = 5
x = "%s" % n
print([("%" + spec) % n is five for spec in
       ["d", "i", "u", "x", "X", "o", "s", "r", "a", "1d", ".1d", ".0d",
        "-1d", "#d", "0d", "1s", ".1s", "1x", ".1x", "1i", ".1u", "c",
        ".0f", ".0e", ".0g", "g"]])
one = "1"
print(("%d" % True) is one, ("%x" % True) is one, ("%.0f" % True) is one)
print(("%c" % 65) is a, ("%c" % "A") is a, ("%3c" % 65)[2] is a,
      ("%.1c" % 65) is a, ("%c" % 233) is e, ("%c" % e) is e,
      ("%1c" % 233) is e, ("%c" % 0x20AC) is ("%c" % 0x20AC))
t = (g,)
print(("%s" % g) is g, ("%s%s" % (g, g)) is g, ("%.0s" % "abc") is g,
      ("%s" % t) is g, ("" % ()) is g, ("%(k)s" % {"k": g}) is g)
pair = (a, g)
pct = "%"
low = "a"
print(("%%" % ()) is pct, ("a%s" % g) is low, ("%s" % a) is a,
      ("%s%s" % pair) is a)
