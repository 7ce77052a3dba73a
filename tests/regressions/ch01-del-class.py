# chapter: 1
# __class__ cannot be deleted.
class A:
    pass
a = A()
del a.__class__
