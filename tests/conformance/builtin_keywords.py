# chapter: 1
# python: 3.13+
# Keyword arguments of builtins written in C, as CPython 3.13 checks
# them: a name given by position as well, a required one missing (before
# an unknown one), int's base by name.
for f in (lambda: pow(2, 3, base=5), lambda: pow(x=1), lambda: pow(2, x=1),
          lambda: pow(2, 3, x=1), lambda: pow(exp=3, base=2),
          lambda: pow(2, exp=10, mod=1000), lambda: round(x=1),
          lambda: round(1, number=2), lambda: round(ndigits=-1, number=15),
          lambda: "a,b".split(",", sep="x"), lambda: "a b c".split(maxsplit=1),
          lambda: "a b c".rsplit(None, maxsplit=1),
          lambda: int("ff", base=16), lambda: int(x=1), lambda: int(base=2),
          lambda: int("11", base=0), lambda: bool(x=1), lambda: bool(""),
          lambda: int("1", 2, 3)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
