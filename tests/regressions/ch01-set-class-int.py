# chapter: 1
# __class__ set to something that is not a class.
class A:
    pass
a = A()
a.__class__ = 1
