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
        print(repr(text), "->", repr(f(text)))
    except Exception as e:
        print(repr(text), "!", type(e).__name__ + ":", e)
p = P()
check("{} and {}", lambda t: t.format(1, "two"))
check("{1} {0} {1}", lambda t: t.format("a", "b"))
check("{name} is {age}", lambda t: t.format(name="Ann", age=7))
check("{0.x} {0.items[1]} {d[k]} {d[1]}",
      lambda t: t.format(p, d={"k": "v", 1: "one"}))
check("{!r} {!s} {!a}", lambda t: t.format("x", p, "caf\u00e9"))
check("{:>6}|{:<4}|{:^5}|{:08.3}", lambda t: t.format(42, "ab", "c", "abcdef"))
check("{:{}}|{:{w}d}|{0:{1}}", lambda t: t.format("x", 5, 3, w=4))
check("{{literal}} {}", lambda t: t.format(1))
check("{0[0]}{0[1]}", lambda t: t.format("ab"))
check("{} {p}", lambda t: t.format(1, p=p))
check("{:x} {:q}", lambda t: t.format(p, p))
check("}", lambda t: t.format())
check("a}b", lambda t: t.format())
check("{", lambda t: t.format())
check("x{", lambda t: t.format())
check("{0", lambda t: t.format())
check("{0!", lambda t: t.format())
check("{0!r", lambda t: t.format())
check("{0!x}", lambda t: t.format(1))
check("{0!rr}", lambda t: t.format(1))
check("{0:{}", lambda t: t.format(1))
check("{} {1}", lambda t: t.format(1, 2))
check("{1} {}", lambda t: t.format(1, 2))
check("{5}", lambda t: t.format(1))
check("{}", lambda t: t.format())
check("{} {} {}", lambda t: t.format(1, 2))
check("{missing}", lambda t: t.format(x=1))
check("{missing}", lambda t: t.format())
check("{0.nope}", lambda t: t.format(1))
check("{0[}", lambda t: t.format([1]))
check("{0[0]x}", lambda t: t.format([1]))
check("{0.}", lambda t: t.format(1))
check("{0[5]}", lambda t: t.format([1]))
check("{0[k]}", lambda t: t.format({}))
check("{a{b}}", lambda t: t.format(a=1))
check("{:{:{}}}", lambda t: t.format(1, 2, 3))
check("{:d}", lambda t: t.format("s"))
check("{:s}", lambda t: t.format(5))
check("{0:,s}", lambda t: t.format("x"))
check("{99999999999999999999}", lambda t: t.format(1))
