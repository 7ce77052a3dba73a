# leaks: cycles
# The tutorials' cycle: an A holding a B that holds the A back.  Once the
# name is gone each still has a reference, so neither is ever freed.
class A:
    def __init__(self):
        self.b = B(self)


class B:
    def __init__(self, a):
        self.a = a


a = A()
# figure: cycle-named
del a
# figure: cycle-leaked
