# A name and a str constant of the same text are one interned str: the
# key of the global `spam` and its value are the same object, immortal
# because it is a name.  A constant that looks like a name but is none
# is interned and mortal.  A str made while the program runs is not
# interned, nor is a constant that does not look like a name.
spam = "spam"
dish = "ham_and_eggs"
eggs = "".join(["eg", "gs"])
words = "hello world!"
# figure: interned-table view=interned
