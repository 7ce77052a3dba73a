# chapter: 1
# Closures: a function made inside another reads the variables of the
# one around it through cells (MAKE_CELL, LOAD_DEREF, COPY_FREE_VARS;
# __closure__), so those outlive the call that made them; decorators,
# which need them, apply last first, each a call.
def make_counter():
    count = 0
    def get():
        return count
    return get
g = make_counter()
print(g(), g.__closure__ is not None, type(g.__closure__[0]).__name__, g.__closure__[0].cell_contents)
def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(10), [adder(i)(1) for i in range(3)])
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()
print(outer()())
def param_cell(a, b=10):
    def f():
        return a + b
    a += 1
    return f
print(param_cell(1)())
def late():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print("NameError:", e)
    y = 3
    return f()
print(late())
def early():
    def f():
        return z
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    z = 1
    del z
    try:
        f()
    except NameError as e:
        print("NameError:", e)
early()
def comp():
    k = 3
    return [k * i for i in range(3)], (lambda: [k for _ in range(2)])()
print(comp())
import sys
def cell_size():
    v = []
    def f():
        return v
    return f
c = cell_size()
print(sys.getsizeof(c.__closure__[0]), sys.getsizeof(c.__closure__))
def kw(a, *args, key=None, **rest):
    def inner():
        return a, args, key, rest
    return inner()
print(kw(1, 2, key=3, z=4))
print(make_counter.__closure__)
calls = []
def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(1, 2), calls, add.__name__, add.__qualname__)
def times(n):
    def deco(fn):
        def run(*a):
            return [fn(*a) for _ in range(n)]
        return run
    return deco
@times(3)
@trace
def hello(x):
    return "hi " + x
print(hello("bob"), calls)
def register(cls):
    cls.registered = True
    return cls
@register
class K:
    pass
print(K.registered)
order = []
def d1(f):
    order.append("d1")
    return f
def d2(f):
    order.append("d2")
    return f
@d1
@d2
def g():
    pass
print(order)

# nonlocal: a function may assign to a variable of one around it
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c())
def outer():
    x = "a"
    def mid():
        nonlocal x
        def inner():
            nonlocal x
            x += "c"
        x += "b"
        inner()
    mid()
    return x
print(outer())
def acc():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total, items
    return add
a = acc()
a(1)
print(a(2))
def deleter():
    v = 1
    def d():
        nonlocal v
        del v
    d()
    try:
        print(v)
    except NameError as e:
        print(type(e).__name__, e)
deleter()
