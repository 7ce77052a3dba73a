# chapter: 1
# python: 3.13+
# int(s) and int(s, base), as CPython's PyLong_FromString reads them:
# spaces, a sign, underscores between digits, prefixes in base 0 and in
# their own base, leading zeros in base 0, and each error's message.
cases = ["12", " 12 ", "-3", "+7", "1_000", "0x1f", "0o17", "0b101", "ff",
         "FF", "z", "Z", "0", "00", "0_0", "010", "1__0", "_1", "1_",
         "0x_1f", "0x", "-0x10", " -0b1 ", "", " ", "12a", "+", "- 1",
         "7fffffffffffffff", "-8000000000000000", "\t42\n", "1 2",
         "x" * 300, "é", "0X1F", "0B1", "0O7", "0_x1", "00x1"]
# Base 36 reads "x" * 300 as a number past 64 bits: minipy's ints end
# there, so its cases are the short ones.
for base in (10, 0, 2, 8, 16, 36):
    for c in cases:
        if base == 36 and len(c) > 12:
            continue
        try:
            print(base, repr(c[:30]), int(c, base))
        except ValueError as e:
            print(base, repr(c[:30]), "ValueError", e)
bad = [lambda: int("1", 1), lambda: int("1", 37), lambda: int("1", -1),
       lambda: int("1", "2"), lambda: int(5, 10), lambda: int(None, 2),
       lambda: int([], 0), lambda: int("1", 2, 3), lambda: int(None),
       lambda: int("1" * 5000)]
for f in bad:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(int(), int(True), int("  42\n"), int("-0"), int("0", 0))
