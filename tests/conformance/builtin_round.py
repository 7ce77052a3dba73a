# chapter: 1
# round() of ints: itself for ndigits None or >= 0 (a bool becomes an
# int), a multiple of 10**-ndigits, half to even, below zero; a class's
# __round__; and the errors.
import sys
x = 12345
print(round(x) is x, round(x, 2) is x, round(x, None) is x)
print(round(True), type(round(True)), round(False, 3), type(round(False, 3)))
for v in (0, 5, 15, 25, 35, -5, -15, -25, 149, 150, 151, 250, 350, -250,
          12345, -12345, 9223372036854775804, -9223372036854775804):
    print(v, [round(v, n) for n in (-1, -2, -3, -18, -19, -20, -100)]
          if abs(v) < 10 ** 18 else [round(v, n) for n in (-1, -2, -20)])
print(round(number=7), round(77, ndigits=-1))


class Money:
    def __round__(self, ndigits=None):
        return ("rounded", ndigits)


print(round(Money()), round(Money(), 2), round(Money(), ndigits=-1))
for f in (lambda: round(), lambda: round(1, 2, 3), lambda: round("a"),
          lambda: round(1, "a"), lambda: round(None), lambda: round([], 1),
          lambda: round(x=1)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
