# chapter: 4
# python: 3.13+
# The one-character strs of Latin-1 exist once each, and CPython 3.13
# returns them from indexing, slicing and iteration alike (3.11 made new
# ones for slices and for characters past the first; 3.12 for slices).
s = "".join(["hel", "lo"])
h = "h"
o = "o"
e = "e"
print("s[0] is 'h':", s[0] is h)
print("s[-1] is 'o':", s[-1] is o, s[4] is o)
print("slices:", s[0:1] is h, s[1:2] is e, s[4:] is o)
print("iteration:", list(s)[4] is o, list(s)[1] is e)
last = ""
for c in s:
    last = c
print("the loop's last:", last is o)
print("concatenation:", "" + s[0] is h, s[0] + "" is h)
print("repeat once:", s[1] * 1 is e)
print("str():", str(s[0]) is h)
eacute = "\u00e9"
print("Latin-1 past ASCII:", ("caf" + eacute)[3] is eacute)
euro = "\u20ac"
print("past Latin-1, not cached:", ("x" + euro)[1] is ("y" + euro)[1])
g = ""
print("empty:", s[0:0] is g, s[5:] is g)
