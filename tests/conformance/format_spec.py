# chapter: 1
# python: 3.13
# The format-spec mini-language for ints, bools and strs: fill, align,
# sign, #, 0, width, grouping, precision, types; and its errors.
def check(value, spec):
    try:
        print(repr(spec), "->", repr(format(value, spec)))
    except Exception as e:
        print(repr(spec), "!", type(e).__name__ + ":", e)
for spec in ["", "d", "5", "<5", ">5", "^5", "=5", "*^7", "0>5", "+", "-",
             " ", "+5", "=+6", "05", "08,", "010_", "#x", "#X", "#o", "#b",
             "x", "X", "o", "b", "c", "n", "_x", "_b", ",", "_", "#010x",
             "#_x", "-^9,", " =8", "+#b", "z", ".2", "s", ",x", ",b", "_c",
             ",_", "_,", "q", "5.", "ab", "#c", "+c", "1d",
             "\u00e9^5", "0=8", "<08", "99999999999999999999", "\u00e9"]:
    check(1234, spec)
    check(-255, spec)
# (e, f, g and % would format the int as a float: minipy has none)
for v in [0, 65, 0x1F600, -1, 0x110000, 9223372036854775807,
          -9223372036854775807 - 1]:
    for spec in ["c", "x", "#b", ",", "_x", "030,", "+"]:
        check(v, spec)
for spec in ["", "s", "5", ">5", "^6", "*<6", ".2", "8.3", "^8.1", "+",
             " ", "#", "=5", "05", ",", "_", "d", "x", "z", ".", "ss",
             "\u00e9>6", ".0", "3.5"]:
    check("abc", spec)
    check("caf\u00e9", spec)
for spec in ["", "d", ">5", "x", "s", "c", "#b", "+"]:
    check(True, spec)
    check(False, spec)
