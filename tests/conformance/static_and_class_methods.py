# chapter: 1
# staticmethod and classmethod: what a class or its object gives for
# one is the function itself, or the function bound to the class.
class A:
    count = 0
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, y):
        cls.count += y
        return cls.__name__, cls.count
    def m(self):
        return self.s(3), self.c(1)
class B(A):
    pass
print(A.s(2), A().s(4), A.c(5), B.c(1), B().c(2), A().m())
print(type(A.__dict__["s"]).__name__ if False else 0)
sm = staticmethod(len)
print(sm.__func__ is len, repr(classmethod(len)).startswith("<classmethod(<built-in function len>"))
print(isinstance(A.c, type(A().m)), A.c.__self__ is A)
try:
    staticmethod()
except TypeError as e:
    print(e)
try:
    classmethod(1, 2)
except TypeError as e:
    print(e)
try:
    staticmethod(f=1)
except TypeError as e:
    print(e)
