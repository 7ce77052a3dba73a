# x = 10, then x = 11: what happens to the old int depends on who else
# holds it.  A literal belongs to the code as well; a computed int does not.
# figures: every line
base = 1000
x = base + 1
y = 10
# figure: before-rebinding
x = base + 2
y = 11
# figure: after-rebinding
