# chapter: 1
# The seeds' A/B example: an A holds a B that holds the A back.
# leaks: cycles
class A:
    def __init__(self):
        self.b = B(self)


class B:
    def __init__(self, a):
        self.a = a


a = A()
print(type(a), type(a.b))
print(a.b.a is a)
print(a.b.a.b is a.b)
print(isinstance(a, A), isinstance(a.b, B), isinstance(a.b, A))
