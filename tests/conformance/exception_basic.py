# chapter: 1
# python: 3.13+
# try/except by class, by tuple and bare; as NAME; else; the exception
# object's args, str and repr; the name is gone after the clause.
def show(e):
    print(type(e).__name__, repr(e), str(e), e.args)


try:
    1 // 0
except ZeroDivisionError as e:
    show(e)
try:
    [].pop()
except (KeyError, IndexError) as e:
    show(e)
try:
    {}["missing"]
except LookupError as e:
    show(e)
try:
    {}[(1, 2)]
except KeyError as e:
    show(e)
try:
    undefined_name
except NameError as e:
    show(e)
try:
    "a" + 1
except TypeError as e:
    show(e)
try:
    int("x")
except ValueError as e:
    show(e)
try:
    None.attribute
except AttributeError as e:
    show(e)
try:
    next(iter([]))
except StopIteration as e:
    show(e)
try:
    import nothing_here
except ImportError as e:
    print(type(e).__name__, isinstance(e, ImportError))
try:
    raise ValueError
except ValueError as e:
    show(e)
try:
    raise ValueError()
except ValueError as e:
    show(e)
try:
    raise ValueError("one", 2, [3])
except Exception as e:
    show(e)
try:
    raise KeyError()
except KeyError as e:
    show(e)
try:
    raise KeyError("a", "b")
except KeyError as e:
    show(e)
try:
    raise Exception("")
except BaseException as e:
    show(e)
try:
    1 // 0
except:
    print("bare except")
try:
    print("no error")
except ValueError:
    print("never")
else:
    print("else runs")
try:
    e
except NameError as err:
    print("after the clause:", err)
for cls in [ValueError, TypeError, KeyError, IndexError, ArithmeticError]:
    try:
        raise cls("with", cls.__name__)
    except (TypeError, LookupError) as e:
        print("caught", type(e).__name__, e.args)
    except Exception as e:
        print("fallback", type(e).__name__)
print(ValueError("x") == ValueError("x"), isinstance(ValueError(), Exception))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(UnboundLocalError, NameError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError))
print(issubclass(AssertionError, Exception), issubclass(StopIteration, Exception))
print(issubclass(MemoryError, Exception), issubclass(OverflowError, ArithmeticError))
print(ValueError, type(ValueError("v")), repr(ValueError), BaseException.__name__)
e = ValueError("first")
e.args = ["replaced", 1]
print(e.args, str(e))
e.note = "an attribute"
print(e.note, vars(e))
