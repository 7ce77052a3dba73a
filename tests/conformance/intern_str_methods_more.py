# chapter: 4
# python: 3.13+
# Which of the str methods of str_methods_more.py hand back a shared
# object, as CPython 3.13 does.  Pieces cut out of the string
# (partition, removeprefix, splitlines) are the shared one-character
# strs and the one empty str; so are what translate, expandtabs and
# format_map build.  What the padding and case methods build is a str
# of its own, even one character long.  The empty str is always the one
# empty str.
s, a, b, x, one, empty = "ab" * 2, "a", "b", "x", "1", ""
e_acute, space, zero, big_a, line = "é", " ", "0", "A", "a\n"
p = "ab".partition("b")
print(p[0] is a, p[2] is empty, "ab".rpartition("a")[2] is b)
print(s.partition("z")[1] is empty, s.partition("z")[2] is empty)
print(s.rpartition("z")[0] is empty, "xay".partition("a")[0] is x)
print("ab".removeprefix(a) is b, "ab".removesuffix(b) is a, s.removeprefix(s) is empty)
print("éa".removesuffix(a) is e_acute, "a\nb".splitlines()[0] is a)
print("\n".splitlines()[0] is empty, line.splitlines(True)[0] is line)
print("x\t".expandtabs(0) is x, "\t".expandtabs(0) is empty, "a".translate({}) is a)
print("a".translate({97: 98}) is b, "ab".translate({97: None}) is b,
      "é".translate({}) is e_acute, "b".translate({98: "a"}) is a)
print("{x}".format_map({"x": a}) is a, a.format_map({}) is a)
print(empty.ljust(1) is space, empty.zfill(1) is zero, a.center(1) is a)
print(a.title() is a, "A".casefold() is a, "A".swapcase() is a,
      big_a.capitalize() is big_a, one.title() is one, empty.title() is empty)
print(e_acute.casefold() is e_acute, e_acute.swapcase().swapcase() is e_acute)
