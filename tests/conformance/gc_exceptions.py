# chapter: 5
# python: 3.13+
# Exceptions are containers: their args, and the dict their attributes
# live in from the first one; a cycle through one is collected.
import gc

gc.collect()
e = ValueError("x")
print(gc.is_tracked(e), len(gc.get_referents(e)))
e.me = e
print(len(gc.get_referents(e)), type(gc.get_referents(e)[0]).__name__)
del e
print(gc.collect())


class E(Exception):
    pass


x = E(1)
names = []
for r in gc.get_referents(x):
    names.append(type(r).__name__)
print(names)
x.other = [x]
names = []
for r in gc.get_referents(x):
    names.append(type(r).__name__)
print(names)
del x
print(gc.collect())
loop = ValueError()
loop.args = (loop, [loop])
del loop
print(gc.collect())


def f():
    try:
        raise ValueError("in f")
    except ValueError as err:
        return err


r = f()
print(gc.collect(), r.args)

# A chain is a reference: a cause and a context are kept alive by the
# exception they are chained to, and a loop of them is garbage.
a = ValueError("a")
b = KeyError("b")
a.__cause__ = b
b.__context__ = a
print(gc.get_referents(a)[-1] is b, gc.get_referents(b)[-1] is a)
del a, b
print(gc.collect())
c = TypeError("c")
c.__context__ = IndexError("i")
kept = c.__context__
del c
print(gc.collect(), repr(kept))
