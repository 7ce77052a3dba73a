# chapter: 1
# python: 3.13+
# Chained exceptions: 'raise ... from' sets __cause__ and
# __suppress_context__, raising while another is handled sets
# __context__; the objects chained are the ones raised, kept alive by
# the exception that refers to them.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise KeyError(s) from e


try:
    parse("x")
except KeyError as k:
    print(repr(k), repr(k.__cause__), k.__suppress_context__)
    print(k.__context__ is k.__cause__)

try:
    try:
        1 // 0
    except ZeroDivisionError:
        undefined_name
except NameError as n:
    print(repr(n.__context__), n.__cause__, n.__suppress_context__)

try:
    raise ValueError("v") from None
except ValueError as v:
    print(v.__cause__, v.__suppress_context__, repr(v.__context__))

# An exception raised again while it is handled is not its own context.
e = ValueError("me")
try:
    try:
        raise e
    except ValueError:
        raise e
except ValueError as again:
    print(again is e, again.__context__)

# A class after 'from' is called.
try:
    raise ValueError from TypeError
except ValueError as w:
    print(repr(w.__cause__), type(w.__cause__) is TypeError)

try:
    raise ValueError from 5
except TypeError as t:
    print(t)

# Set by hand.
x = RuntimeError("x")
x.__cause__ = KeyError("c")
print(repr(x.__cause__), x.__suppress_context__)
x.__context__ = IndexError("i")
print(repr(x.__context__))
x.__cause__ = None
print(x.__cause__)
try:
    x.__cause__ = 3
except TypeError as t:
    print(t)
try:
    x.__context__ = "s"
except TypeError as t:
    print(t)
try:
    del x.__cause__
except TypeError as t:
    print(t)
x.__suppress_context__ = False
print(x.__suppress_context__)
try:
    x.__suppress_context__ = 1
except TypeError as t:
    print(t)

# A finally block raising sees the pending exception as context.
try:
    try:
        raise KeyError("first")
    finally:
        raise IndexError("second")
except IndexError as i:
    print(repr(i), repr(i.__context__))

# A cycle of contexts is cut, as CPython does.
a = ValueError("a")
b = TypeError("b")
try:
    try:
        raise a
    except ValueError:
        raise b
except TypeError:
    pass
try:
    try:
        raise b
    except TypeError:
        raise a
except ValueError as got:
    print(repr(got.__context__), repr(got.__context__.__context__))


# The last one, uncaught, prints the chain; its last line is the last
# raised.
def layered():
    try:
        {}["k"]
    except KeyError:
        try:
            [].pop()
        except IndexError as inner:
            raise RuntimeError("outer") from inner


layered()
