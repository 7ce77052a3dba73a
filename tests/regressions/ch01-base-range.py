# chapter: 1
# range cannot be subclassed.
class A(range):
    pass
