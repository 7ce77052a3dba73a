# chapter: 4
# The compiler interns every name and every str constant made only of
# ASCII letters, digits and underscores: a name and such a constant are
# one object.  Strs made while the program runs are not interned unless
# sys.intern is asked.
import sys

spam = 1
name = ""
for key in list(globals()):
    if key == "spam":
        name = key
literal = "spam"
print("a global's name is the constant 'spam':", name is literal)
made = "".join(["sp", "am"])
print("a str made at run time:", made == literal, made is literal)
print("sys.intern finds the constant:", sys.intern(made) is literal)


def colour():
    pass


class Shape:
    pass


fn = "colour"
cn = "Shape"
print("__name__ is the constant:", colour.__name__ is fn,
      Shape.__name__ is cn)
words = "hello world!"
made = "".join(["hello", " world!"])
print("not name-like, not interned:", sys.intern(made) is words)
under = "snake_case_2"
made = "".join(["snake", "_case_2"])
print("name-like, interned:", sys.intern(made) is under)
