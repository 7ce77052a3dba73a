# chapter: 1
# python: 3.13+
# How try, except, else and finally run when the body returns, breaks,
# continues or raises: finally always runs, a return in it wins, and a
# handler's own error replaces the one it handled.
def returns_in_try():
    try:
        return "try"
    finally:
        print("finally after return")


def finally_wins():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows():
    try:
        1 // 0
    finally:
        return "swallowed"


def nested(n):
    try:
        try:
            if n == 0:
                raise ValueError("zero")
            if n == 1:
                raise TypeError("one")
            return "fine"
        except ValueError as e:
            return "inner " + str(e)
        finally:
            print("inner finally", n)
    except TypeError as e:
        return "outer " + str(e)
    finally:
        print("outer finally", n)


print(returns_in_try(), finally_wins(), finally_swallows())
for n in range(3):
    print(nested(n))
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    except ValueError:
        print("never")
    else:
        print("else", i)
    finally:
        print("finally", i)
else:
    print("not reached: the loop broke")
i = 0
while i < 3:
    i += 1
    try:
        try:
            if i == 2:
                raise KeyError(i)
        finally:
            print("inner", i)
    except KeyError as e:
        print("caught", e)
        continue
    print("after", i)
else:
    print("while else")


def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")


try:
    handler_raises()
except TypeError as e:
    print("replaced by", e)


def reraise_in_finally():
    try:
        raise ValueError("kept")
    finally:
        print("cleaning up")


try:
    reraise_in_finally()
except ValueError as e:
    print("still", e)


def loop_in_handler():
    for k in range(3):
        try:
            raise ValueError(k)
        except ValueError as e:
            if k == 1:
                return "returned " + str(e)
            continue
    return "end"


print(loop_in_handler())


def deep(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        return deep(n - 1)
    finally:
        print("unwinding", n)


try:
    deep(3)
except IndexError as e:
    print(e)
for word in ["a", "bb", "ccc"]:
    try:
        if len(word) == 2:
            raise ValueError(word)
    except ValueError as e:
        print("bad", e)
        break
    finally:
        print("checked", word)
else:
    print("no break")
for x in []:
    pass
else:
    print("empty for else")
n = 3
while n:
    n -= 1
else:
    print("while else", n)
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as inner:
            print("inner handled", inner)
        raise
except ValueError as outer:
    print("outer re-raised", outer)
try:
    try:
        pass
    finally:
        raise KeyError("from finally")
except KeyError as e:
    print(repr(e))
result = []
for i in range(3):
    try:
        result.append(i)
    finally:
        if i == 1:
            break
print(result)


def finally_continue():
    out = []
    for i in range(3):
        try:
            out.append(i)
            raise ValueError
        finally:
            continue
    return out


print(finally_continue())
