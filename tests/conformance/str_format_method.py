# chapter: 1
# python: 3.13
# str.format: automatic and manual numbering, keywords, attribute and
# item access, conversions, specs with fields inside, and the errors.
class P:
    def __init__(self):
        self.x = 3
        self.items = [10, 20]
    def __repr__(self):
        return "P()"
    def __format__(self, spec):
        return "P:" + spec
def check(text, f):
    try:
        print(repr(text), "->", repr(f()))
    except Exception as e:
        print(repr(text), "!", type(e).__name__ + ":", e)
p = P()
check("{} and {}", lambda: "{} and {}".format(1, "two"))
check("{1} {0} {1}", lambda: "{1} {0} {1}".format("a", "b"))
check("{name} is {age}", lambda: "{name} is {age}".format(name="Ann", age=7))
check("{0.x} {0.items[1]} {d[k]} {d[1]}", lambda: "{0.x} {0.items[1]} {d[k]} {d[1]}".format(p, d={"k": "v", 1: "one"}))
check("{!r} {!s} {!a}", lambda: "{!r} {!s} {!a}".format("x", p, "caf\u00e9"))
check("{:>6}|{:<4}|{:^5}|{:08.3}", lambda: "{:>6}|{:<4}|{:^5}|{:08.3}".format(42, "ab", "c", "abcdef"))
check("{:{}}|{:{w}d}|{0:{1}}", lambda: "{:{}}|{:{w}d}|{0:{1}}".format("x", 5, 3, w=4))
check("{{literal}} {}", lambda: "{{literal}} {}".format(1))
check("{0[0]}{0[1]}", lambda: "{0[0]}{0[1]}".format("ab"))
check("{} {p}", lambda: "{} {p}".format(1, p=p))
check("{:x} {:q}", lambda: "{:x} {:q}".format(p, p))
check("}", lambda: "}".format())
check("a}b", lambda: "a}b".format())
check("{", lambda: "{".format())
check("x{", lambda: "x{".format())
check("{0", lambda: "{0".format())
check("{0!", lambda: "{0!".format())
check("{0!r", lambda: "{0!r".format())
check("{0!x}", lambda: "{0!x}".format(1))
check("{0!rr}", lambda: "{0!rr}".format(1))
check("{0:{}", lambda: "{0:{}".format(1))
check("{} {1}", lambda: "{} {1}".format(1, 2))
check("{1} {}", lambda: "{1} {}".format(1, 2))
check("{5}", lambda: "{5}".format(1))
check("{}", lambda: "{}".format())
check("{} {} {}", lambda: "{} {} {}".format(1, 2))
check("{missing}", lambda: "{missing}".format(x=1))
check("{missing}", lambda: "{missing}".format())
check("{0.nope}", lambda: "{0.nope}".format(1))
check("{0[}", lambda: "{0[}".format([1]))
check("{0[0]x}", lambda: "{0[0]x}".format([1]))
check("{0.}", lambda: "{0.}".format(1))
check("{0[5]}", lambda: "{0[5]}".format([1]))
check("{0[k]}", lambda: "{0[k]}".format({}))
check("{a{b}}", lambda: "{a{b}}".format(a=1))
check("{:{:{}}}", lambda: "{:{:{}}}".format(1, 2, 3))
check("{:d}", lambda: "{:d}".format("s"))
check("{:s}", lambda: "{:s}".format(5))
check("{0:,s}", lambda: "{0:,s}".format("x"))
check("{99999999999999999999}", lambda: "{99999999999999999999}".format(1))
