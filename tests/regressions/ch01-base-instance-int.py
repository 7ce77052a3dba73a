# chapter: 1
# A class whose base is an int, not a class.
class A(1):
    pass
