# chapter: 4
# The warning for `is` with a literal looks at the tree after folding:
# -1, (1, 2), () and "a" * 2 are constants by then and warn too; a
# product too long to fold does not.  The runner compares the last line
# of stderr: the line under the last warning, here a folded one.
x = 500
print(x is "a" * 5000)
print(x is -1, x is (1, 2))
print(x is (), x is 2 + 3, -x is -500)
print(x is not "a" * 2)
