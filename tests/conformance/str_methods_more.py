# chapter: 1
# python: 3.13+
# The rest of str's methods: capitalize, casefold, swapcase, title; the
# is* tests, over every Latin-1 character and the basic Cyrillic
# alphabet; center, ljust, rjust, zfill, expandtabs; partition,
# rpartition, removeprefix, removesuffix, splitlines; translate,
# maketrans, format_map.  Their arguments, their errors, and the results
# that are the string itself.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)


# ---- changing case
words = ["hello world", "HELLO wORLD", "they're bill's 3rd", "", "ß", "ßa",
         "µ", "ÿ", "ªa", "ºB", "a1b2 c_d", "ÀÉÎõü", "  x", "привет МИР",
         "Ѐѐ", "日本 text", "x\u3000y", "a\nb\tc", "ÆØÅ æøå", "a\x00b"]
for w in words:
    print(repr(w), repr(w.capitalize()), repr(w.title()), repr(w.swapcase()),
          repr(w.casefold()), repr(w.upper()), repr(w.lower()))
attempt("casefold sharp", lambda: "Straße".casefold() == "STRASSE".casefold())

# ---- every Latin-1 character and the basic Cyrillic alphabet
tests = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit",
         "isidentifier", "islower", "isnumeric", "isprintable", "isspace",
         "istitle", "isupper"]
for first, last in [(0, 256), (0x400, 0x460)]:
    for name in tests:
        bits = [str(int(getattr(chr(c), name)())) for c in range(first, last)]
        print(name, "".join(bits))
    # the same characters after a letter (identifier continuation) and
    # around other ones (whether each counts as cased)
    print("".join([str(int(("a" + chr(c)).isidentifier()))
                   for c in range(first, last)]))
    print("".join([str(int(("A" + chr(c)).istitle())) + str(
        int((chr(c) + "a").istitle())) for c in range(first, last)]))
    for name in ["capitalize", "casefold", "swapcase", "title", "upper",
                 "lower"]:
        print(name, ascii("".join([getattr(chr(c), name)()
                                   for c in range(first, last)])))
    print(ascii("".join([(chr(c) + "a").title() for c in range(first, last)])))
    print(ascii("".join([("a" + chr(c) + "A").capitalize()
                         for c in range(first, last)])))
latin1 = "".join([chr(c) for c in range(256)])
print(latin1.isprintable(), latin1.isalpha(), latin1[65:91].isupper(),
      latin1[0xDF:].islower(), latin1.isascii(), latin1[:128].isascii())
for s in ["", "a", "A", "Aa Bb", "Aa bB", "1A", "A1a", "ªA", "ABC1", "1",
          "aª", "ª", "Ab", "AB", " ", " \t\n\x1c\x85\xa0", "abc1", "abc!",
          "x²", "²", "½", "0123", "_x1", "1x", "x·", "·x", "Ég", "é"]:
    print(repr(s), [getattr(s, name)() for name in tests])
# an answer found before a character minipy would not know decides
print("日本 Text".isupper(), "x日本".isdigit(), "!日".isalnum(), "日本"[0:0].isalpha())
print("日本\u3000".isspace(), "\u3000\u2003".isspace(), "日本".isascii(),
      "\u3000\u2028\u2029\u205f\u1680\u200a\u180e\u200b".isspace(),
      "\u3000\u2028\u2029\u205f\u1680\u200a".isspace())

# ---- center, ljust, rjust, zfill
for s in ["", "a", "ab", "abc", "é€"]:
    print([s.center(w) for w in range(7)], [s.center(w, "é") for w in (4, 5)])
    print([s.ljust(w, "*") for w in range(5)], [s.rjust(w, "😀") for w in (3, 4)])
for s in ["", "5", "-5", "+5", "5-", "-", "+", "--3", "é", "-é"]:
    print(repr(s), [s.zfill(w) for w in (-1, 0, 1, 2, 3, 5)])
print("a".center(True), "a".ljust(False), "ab".rjust(3, "\x00") == "\x00ab")
attempt("center no width", lambda: "a".center())
attempt("center 3 args", lambda: "a".center(1, "x", 3))
attempt("center str width", lambda: "a".center("x"))
attempt("center None width", lambda: "a".center(None))
attempt("center fill 2", lambda: "a".center(3, "ab"))
attempt("center fill empty", lambda: "a".center(3, ""))
attempt("center fill int", lambda: "a".center(3, 1))
attempt("center fill None", lambda: "a".center(3, None))
attempt("ljust fill list", lambda: "a".ljust(3, []))
attempt("rjust keyword", lambda: "a".rjust(width=3))
attempt("center bad fill, width fits", lambda: "abc".center(1, "xy"))
attempt("zfill no width", lambda: "a".zfill())
attempt("zfill str", lambda: "a".zfill("3"))
attempt("zfill two", lambda: "a".zfill(1, 2))
attempt("zfill keyword", lambda: "a".zfill(width=1))

# ---- expandtabs
for s in ["", "abc", "a\tb", "\t", "a\tbc\td\r\te\n\tf", "\u2028\tx",
          "\x85\tx", "é\tx", "日本\tx", "ab\t\t", "1234567\t8\t"]:
    print(repr(s), [s.expandtabs(n) for n in (-2, 0, 1, 2, 3, 8)],
          repr(s.expandtabs()), repr(s.expandtabs(tabsize=4)))
print("a\tb".expandtabs(True), "a\tb".expandtabs(False))
attempt("expandtabs 2 args", lambda: "a".expandtabs(1, 2))
attempt("expandtabs both", lambda: "a".expandtabs(1, tabsize=2))
attempt("expandtabs unknown kw", lambda: "a".expandtabs(size=1))
attempt("expandtabs str", lambda: "a".expandtabs("x"))
attempt("expandtabs kw str", lambda: "a\t".expandtabs(tabsize="x"))
attempt("expandtabs big", lambda: "a\tb".expandtabs(2 ** 31))
attempt("expandtabs small", lambda: "a\tb".expandtabs(-2 ** 31 - 1))
print(repr("a\tb".expandtabs(-2 ** 31)), repr("a\tb".expandtabs(2 ** 4)))

# ---- splitlines
text = "ab\r\ncd\n\nef\r\rg\x0bh\x0ci\x1cj\x1dk\x1el\x85m\u2028n\u2029o"
for s in [text, text + "\n", "", "\n", "\r\n", "\r", "a\r", "\n\n", "abc",
          "a\u2027b\x1fc\x84d", "é\nü"]:
    print(repr(s), s.splitlines(), s.splitlines(True),
          s.splitlines(keepends=True) == s.splitlines(True))
print("a\nb".splitlines("x"), "a\nb".splitlines([]), "a\nb".splitlines(None),
      "a\nb".splitlines(keepends=2))
attempt("splitlines 2 args", lambda: "a".splitlines(1, 2))
attempt("splitlines both", lambda: "a".splitlines(1, keepends=2))
attempt("splitlines unknown kw", lambda: "a".splitlines(keep=1))


class Truth:
    def __bool__(self):
        raise ValueError("no truth")


attempt("splitlines bad bool", lambda: "a".splitlines(Truth()))

# ---- partition, rpartition
for s in ["a,b,c", ",", "abc", "", "é,ü,€", "aXXbXXc", "XXX"]:
    for sep in [",", "X", "XX", "abc", "é,", "z" * 5]:
        print(repr(s), repr(sep), s.partition(sep), s.rpartition(sep))
attempt("partition empty", lambda: "a".partition(""))
attempt("rpartition empty", lambda: "a".rpartition(""))
attempt("partition int", lambda: "a".partition(1))
attempt("rpartition None", lambda: "a".rpartition(None))
attempt("partition none given", lambda: "a".partition())
attempt("partition keyword", lambda: "a".partition(sep="a"))

# ---- removeprefix, removesuffix
for s in ["abc", "", "aaa", "é€é"]:
    for a in ["", "a", "ab", "abc", "abcd", "c", "bc", "é", "€é", "aaa"]:
        print(repr(s), repr(a), repr(s.removeprefix(a)), repr(s.removesuffix(a)))
attempt("removeprefix int", lambda: "a".removeprefix(1))
attempt("removesuffix None", lambda: "a".removesuffix(None))
attempt("removeprefix tuple", lambda: "a".removeprefix(("a",)))
attempt("removeprefix two", lambda: "a".removeprefix("a", "b"))
attempt("removesuffix keyword", lambda: "a".removesuffix(suffix="a"))

# ---- translate and maketrans
table = str.maketrans("abc", "xyz", "q")
print(table, "aqbqcqd".translate(table), "".maketrans({}))
print(str.maketrans({"a": "1", 98: None, "c": 3, True: "t"}))
print(str.maketrans("aa", "xy"), str.maketrans("", "", "abb"),
      str.maketrans("é€", "€é", "ü"))
print("abc".translate({97: "xyz", 98: "", 99: 0x263A}),
      "abc".translate({97: True}) == "\x01bc", "héllo".translate({233: "e"}))
print("hello".translate({104: 104}), "ñaña".translate({241: None, 97: "ä"}),
      "abc".translate(["x", None] * 60), "é€".translate({8364: 69}))
print(repr("aaa".translate({97: None})), repr("aéa".translate({97: None})))


class Table:
    def __init__(self):
        self.asked = []

    def __getitem__(self, k):
        self.asked.append(k)
        if k == 98:
            raise LookupError
        if k == 99:
            return None
        if k == 100:
            return "DD"
        if k == 101:
            raise IndexError(k)
        if k == 0xE9:
            return 0x101
        return k + 1


for s in ["aabbccdda", "aabbccddaé", "éaabbé", "eecc", "ccd", "abcd", "dab",
          "ccc", "c", ""]:
    t = Table()
    print(repr(s), repr(s.translate(t)), t.asked)


class Refuses:
    def __getitem__(self, k):
        raise ValueError("no " + chr(k))


attempt("translate refuses", lambda: "abc".translate(Refuses()))
attempt("translate no table", lambda: "a".translate())
attempt("translate int", lambda: "a".translate(1))
attempt("translate float value", lambda: "a".translate({97: []}))
attempt("translate negative", lambda: "a".translate({97: -1}))
attempt("translate too big", lambda: "a".translate({97: 0x110000}))
attempt("translate bad after deleted", lambda: "ab".translate({97: None,
                                                              98: ()}))
attempt("maketrans none", lambda: str.maketrans())
attempt("maketrans int", lambda: str.maketrans(1))
attempt("maketrans str alone", lambda: str.maketrans("a"))
attempt("maketrans list key", lambda: str.maketrans({(1,): 2}))
attempt("maketrans long key", lambda: str.maketrans({"ab": 2}))
attempt("maketrans empty key", lambda: str.maketrans({"": 1}))
attempt("maketrans lengths", lambda: str.maketrans("a", "bc"))
attempt("maketrans y int", lambda: str.maketrans("a", 1))
attempt("maketrans y None", lambda: str.maketrans("a", None))
attempt("maketrans x int", lambda: str.maketrans(1, "a"))
attempt("maketrans z int", lambda: str.maketrans("a", "b", 1))
attempt("maketrans z first", lambda: str.maketrans(1, 2, 3))
attempt("maketrans 4 args", lambda: str.maketrans(1, 2, 3, 4))
attempt("maketrans keyword", lambda: str.maketrans(x={}))
attempt("maketrans keyword on str", lambda: "".maketrans(x={}))
attempt("maketrans dict and more", lambda: str.maketrans({}, "a"))
print(type(str.maketrans).__name__, type("".maketrans).__name__)

# ---- format_map
print("{x}-{y!r:>5}".format_map({"x": 1, "y": "a"}), "abc".format_map(1),
      "{{x}}".format_map(None), "{x[0]}{x[1]}".format_map({"x": "ab"}),
      "{x:{y}}".format_map({"x": "a", "y": ">3"}))


class Mapping:
    def __getitem__(self, key):
        return key.upper()


print("{a} and {bc}".format_map(Mapping()))
attempt("format_map missing", lambda: "{x}".format_map({}))
attempt("format_map int", lambda: "{x}".format_map(1))
attempt("format_map positional", lambda: "{0}".format_map({}))
attempt("format_map auto", lambda: "{}".format_map({}))
attempt("format_map later auto", lambda: "{x}{}".format_map({"x": 1}))
attempt("format_map attr", lambda: "{x.y}".format_map({"x": 1}))
attempt("format_map none", lambda: "a".format_map())
attempt("format_map two", lambda: "a".format_map({}, {}))
attempt("format_map keyword", lambda: "a".format_map(mapping={}))

# ---- argument counts of the ones that take none
for name in ["capitalize", "casefold", "swapcase", "title", "isalnum",
             "isascii", "isidentifier", "isprintable", "istitle"]:
    attempt(name + " 1 arg", lambda: getattr("a", name)(1))
    attempt(name + " keyword", lambda: getattr("a", name)(x=1))
attempt("unbound title", lambda: str.title())
attempt("unbound title int", lambda: str.title(1))
attempt("unbound center", lambda: str.center("a"))
print(str.title("ab"), str.center("a", 3, "*"), str.isdigit("12"))

# ---- the string itself, where nothing changes
s = "ab" * 2
print(s.ljust(0) is s, s.ljust(4) is s, s.rjust(-1) is s, s.center(4, "*") is s,
      s.zfill(1) is s, s.zfill(4) is s, s.zfill(5) is s, s.ljust(5) is s)
print(s.expandtabs() is s, s.removeprefix("z") is s, s.removeprefix("") is s,
      s.removesuffix("") is s, s.removesuffix("x") is s, s.removeprefix("a") is s)
p = s.partition("z")
q = s.rpartition("z")
print(p[0] is s, q[2] is s, s.partition(s)[1] is s, s.splitlines()[0] is s)
x = s + "\n"
print(x.splitlines(True)[0] is x, x.splitlines()[0] is s, s.translate({}) is s)
print(s.format_map({}) is s, "{x}".format_map({"x": s}) is s)
e = "ab"[0:0]
print(e.capitalize() is e, e.title() is e, e.swapcase() is e,
      e.casefold() is e, e.translate({}) is e, e.expandtabs() is e)
print(s.title() is s, s.casefold() is s, s.swapcase().swapcase() is s)
sep = "b" * 1
print(s.partition(sep)[1] is sep, s.rpartition(sep)[1] is sep)
