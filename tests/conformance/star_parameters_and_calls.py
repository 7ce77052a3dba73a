# chapter: 1
# Parameters beyond the positional ones: *args (the extra positional
# arguments, a tuple), keyword-only ones (with defaults of their own,
# __kwdefaults__) and **kwargs (the extra keywords, a dict), bound in
# the order and with the messages of CPython's initialize_locals; and
# calls that unpack, f(*a, **k): one tuple of positional arguments and
# one dict of keyword ones, a name given twice refused.
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(c=1, a=2, z=3))
def g(*args):
    return args
print(g(), g(1), g(1, 2))
def h(**kw):
    return kw
print(h(), h(x=1, y=2))
def k(a, *, b):
    return a, b
print(k(1, b=2))
print(f.__kwdefaults__, f.__defaults__, k.__kwdefaults__)
l = lambda *a, **k: (a, k)
print(l(1, x=2))
m = lambda x, *, y=5: x + y
print(m(1), m(1, y=2))
import sys
print(sys.getsizeof(g(1, 2, 3)))
def t1(): k(1)
def t2(): k(1, 2)
def t3(): k(1, 2, b=3)
def t4(): f()
def t5(): f(1)
def t6(): k(b=1)
def t7(): h(1)
def t8(): g(x=1)
def t9(): f(1, c=1, a=2)
def t10(): k(1, b=2, c=3)
def t12():
    def two(a, b, *, c, d): pass
    two(1)
def t13():
    def two(a, b, *, c, d): pass
    two(1, 2)
def t14():
    def z(*, c): pass
    z(1, 2, c=3)
def t15():
    def z(a=1, *, c): pass
    z(1, 2, c=3)
def t16():
    def z(a, *, c): pass
    z(1, 2, c=3)
    try:
        t()
    except TypeError as e:
        print(e)
def f(*a, **k): return a, k
class A:
    def m(self, *a, **k): return a, k
    def __init__(self, *a, **k): self.args = a, k
print(f(*[1, 2]), f(*(1,)), f(*"ab"), f(*range(3)), f(*{1: 2}))
print(f(**{'a': 1}), f(x=1, **{'a': 1}), f(**{'a': 1}, b=2), f(*[1], **{'b': 2}, c=3))
print(f(1, *[2], 3, *(4,), a=5, **{'b': 6}, c=7))
print(A().m(*[1], **{'z': 2}), A(1, *[2], k=3).args)
print(*[1, 2], sep='-')
print(*[], end='|\n')
print(*"abc")
print(len(*["xyz"]), max(*[3, 9, 2]), sorted(*[[3, 1]], **{'reverse': True}))
def g(a, b, c=3, *, d=4): return a, b, c, d
print(g(*[1, 2]), g(*[1], **{'b': 2, 'd': 5}), g(1, *(), **{}, b=2))
args = (1, 2, 3)
kw = {'d': 9}
print(g(*args, **kw))
lst = [1, 2]
lst.append(*[3])
print(lst)
class KeysOnly:
    def keys(self): return ['p', 'q']
    def __getitem__(self, k): return k * 2
print(f(**KeysOnly()))
def t(src):
    try:
        src()
    except TypeError as e:
        print(type(e).__name__ + ":", e)
t(lambda: print(*5))
t(lambda: f(*5))
t(lambda: f(1, *5))
t(lambda: f(**5))
t(lambda: f(**{'a': 1}, a=2))
t(lambda: f(a=2, **{'a': 1}))
t(lambda: f(**{'a': 1}, **{'a': 2}))
t(lambda: f(**{1: 2}))
t(lambda: print(**{1: 2}))
t(lambda: A().m(**{'x': 1}, x=2))
t(lambda: A().m(*None))
t(lambda: (lambda **k: k)(**{'a': 1}, a=1))
t(lambda: A(**{'a': 1}, a=1))
t(lambda: len(*[1, 2]))
t(lambda: f(**A()))
t(lambda: g(*[1, 2, 3, 4, 5]))
t(lambda: g(*[1], **{'e': 1}))
import sys
print(sys.getsizeof(f(*range(5))[0]))

# positional-only parameters, before a /
def f(a, b=2, /, c=3, *, d=4):
    return a, b, c, d
print(f(1), f(1, 5), f(1, 5, 6, d=7), f(1, c=9))
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
h = lambda x, /: x
print(h(3))
def t(fn):
    try:
        fn()
    except TypeError as e:
        print(e)
t(lambda: f(a=1))
t(lambda: f(1, b=2))
t(lambda: f(a=1, b=2))
t(lambda: h(x=1))
t(lambda: f())
t(lambda: f(1, 2, 3, 4))
t(lambda: f(1, e=5))
def p(a, b, /): return a + b
print(p(*[1, 2]))
t(lambda: p(1, b=2))
