# The ints from -5 to 256 exist once each, in one static array made
# before the program runs: a name bound to 10, however the 10 was made,
# points into it.  500 is an int object of its own.
# figures: every line
a = 10
b = a * 3 - 20
c = 500
# figure: small-int-array view=smallints
# The seeds' rebinding: x = 10, then x = 11.  Neither int is made or
# freed by it: both were there before the program ran, and stay.
x = 10
# figure: x-is-10
x = 11
# figure: x-is-11
