# chapter: 1
# __dict__ set to something that is not a dict.
class A:
    pass
a = A()
a.__dict__ = 1
