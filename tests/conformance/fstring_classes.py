# chapter: 1
# python: 3.13
# Objects in f-strings and in format(): a class's __format__, __str__ and
# __repr__ are used as CPython uses them; object.__format__ refuses a
# spec; bool formats as 'True' without a spec and as an int with one.
class Plain:
    pass
class Named:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Named(" + repr(self.n) + ")"
class Shown(Named):
    def __str__(self):
        return "shown " + str(self.n)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return str(self.cents)
        cents = format(self.cents % 100, "02d")
        return format(self.cents // 100, spec) + "." + cents
class Bad:
    def __format__(self, spec):
        return 5
p = Plain()
print(f"{Named(1)}", f"{Named('a')!s}", f"{Shown(2)}", f"{Shown(2)!r}")
print(f"{Money(1234)}", f"{Money(1234):>6}", f"{Money(5):,}")
print(format(Money(99)), format(Money(12345), "_"))
print(f"{True}", f"{False!r}", f"{True:d}", f"[{True:>5}]", f"{False:x}")
print(format(True), format(False, ""), format(True, "<3") + "|")
print(f"{None}", format(None), format(None, ""), f"{[1, 2]}", f"{(1,)}")
print(f"{ {'a': 1} }", format({}), format([]), format(()))
print(repr(format(p))[:8], f"{p!r}"[:8])
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
check(lambda: f"{None:>4}")
check(lambda: format(None, "x"))
check(lambda: format([1], "s"))
check(lambda: format(Named(1), "d"))
check(lambda: f"{p:5}")
check(lambda: f"{Bad()}")
check(lambda: format(Bad(), "x"))
check(lambda: format(Shown(3), ""))
check(lambda: format(1, 2))
check(lambda: (5).__format__(">4"))
check(lambda: "ab".__format__("^6"))
check(lambda: (5).__format__(1))
