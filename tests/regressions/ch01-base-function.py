# chapter: 1
# A class whose base is a function.
def f():
    pass
class A(f):
    pass
