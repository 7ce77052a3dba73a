# chapter: 1
# python: 3.13+
# Default parameter values, computed once when the def runs and kept by
# the function (a list default is shared by every call); lambdas are
# functions named <lambda> whose body is one expression.
def f(a, b=2):
    return a, b
print(f(1), f(1, 3), f(a=5), f(b=7, a=8))
for t in [lambda: f(), lambda: f(1, 2, 3), lambda: f(b=1), lambda: f(1, c=2), lambda: f(1, 2, b=3)]:
    try:
        t()
    except TypeError as e:
        print(e)
def g(a, b, c=1, d=2):
    return a + b + c + d
for t in [lambda: g(), lambda: g(1), lambda: g(1, 2, 3, 4, 5)]:
    try:
        t()
    except TypeError as e:
        print(e)
print(g(1, 2), g(1, 2, 3), g(1, 2, d=10))
print(f.__defaults__, g.__defaults__, (lambda: 0).__defaults__)
h = lambda: 0
print(h.__name__, h.__qualname__, (lambda x: x)(5), (lambda x, y=1: x + y)(2))
def outer():
    return lambda y: y * 2
print(outer()(3), outer().__qualname__)
class K:
    m = lambda self: 42
print(K().m(), K.m.__qualname__)
def appender(x, acc=[]):
    acc.append(x)
    return acc
print(appender(1), appender(2), appender(3, []), appender(4))
key = lambda pair: pair[1]
print(sorted([(1, "b"), (2, "a")], key=key), max([3, -5, 2], key=lambda v: abs(v)))
n = 10
adder = lambda x, step=n: x + step
n = 20
print(adder(1))
print((lambda: "no arguments")())
print(type(lambda: None).__name__)
