# chapter: 1
# python: 3.13+
# The numbers-tower attributes of ints and bools: real and numerator are
# the int itself (an int, for a bool), imag 0, denominator 1; and the
# methods conjugate(), as_integer_ratio() and is_integer().
x = 12345
print(x.real is x, x.numerator is x, x.conjugate() is x)
for v in (0, 7, -7, 9223372036854775807, True, False):
    print(v, v.real, v.imag, v.numerator, v.denominator, v.conjugate(),
          v.as_integer_ratio(), v.is_integer(), type(v.real).__name__,
          type(v.conjugate()).__name__)
print((5).real + (5).imag, True.real == 1)
try:
    (5).real()
except TypeError as e:
    print(e)
try:
    x.real = 3
except AttributeError as e:
    print("AttributeError")
