# chapter: 1
# A class whose base is None.
class A(None):
    pass
