# chapter: 1
# python: 3.13+
# The errors the builtins and the methods of lists, dicts and strs raise
# for wrong arguments: CPython 3.13's classes and messages.
def call(f, args):
    n = len(args)
    if n == 0:
        return f()
    if n == 1:
        return f(args[0])
    if n == 2:
        return f(args[0], args[1])
    if n == 3:
        return f(args[0], args[1], args[2])
    return f(args[0], args[1], args[2], args[3])


def attempt(label, f, args):
    try:
        print(label, "->", repr(call(f, args)))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


cases = [
    ("abs", abs, ()), ("abs", abs, ("a",)), ("abs", abs, (1, 2)),
    ("divmod", divmod, (1,)), ("divmod", divmod, (1, 0)),
    ("divmod", divmod, ("a", 1)), ("min", min, ()), ("min", min, ([],)),
    ("min", min, (1,)), ("min", min, (1, "a")), ("max", max, ([1, "a"],)),
    ("sum", sum, ()), ("sum", sum, (1,)), ("sum", sum, (["a"],)),
    ("sum", sum, (["a"], "")), ("sum", sum, ([1], 2, 3)),
    ("sorted", sorted, ()), ("sorted", sorted, ([1], 2)),
    ("sorted", sorted, (1,)), ("sorted", sorted, ([3, "a", 1],)),
    ("reversed", reversed, ()), ("reversed", reversed, (5,)),
    ("reversed", reversed, (iter([]),)), ("reversed", reversed, (None,)),
    ("enumerate", enumerate, ()), ("enumerate", enumerate, (1,)),
    ("enumerate", enumerate, ([], "a")), ("enumerate", enumerate, ([], 1, 2)),
    ("zip", zip, (1,)), ("any", any, ()), ("any", any, (1,)),
    ("all", all, (None,)), ("hasattr", hasattr, (1,)),
    ("hasattr", hasattr, (1, 2)), ("getattr", getattr, (1,)),
    ("getattr", getattr, (1, 2)), ("getattr", getattr, (1, "x")),
    ("getattr", getattr, (1, 2, 3, 4)), ("setattr", setattr, (1, 2, 3)),
    ("setattr", setattr, (1, "x", 3)), ("setattr", setattr, ([], "append", 1)),
    ("delattr", delattr, (1, 2)), ("delattr", delattr, (1, "x")),
    ("delattr", delattr, ([], "append")), ("hex", hex, ("a",)),
    ("hex", hex, ()), ("oct", oct, ([],)), ("bin", bin, (None,)),
    ("hash", hash, ([],)), ("hash", hash, ({},)), ("hash", hash, ((1, [2]),)),
    ("chr", chr, ("a",)), ("chr", chr, (-1,)), ("chr", chr, (1114112,)),
    ("ord", ord, (1,)), ("ord", ord, ("ab",)), ("ord", ord, ("",)),
    ("callable", callable, ()), ("iter", iter, ()), ("iter", iter, (5,)),
    ("iter", iter, (1, 2)), ("iter", iter, (1, 2, 3)), ("next", next, ()),
    ("next", next, (1,)), ("next", next, ([],)), ("next", next, (iter([]),)),
    ("vars", vars, (1,)), ("vars", vars, (1, 2)), ("isinstance", isinstance, (1,)),
    ("isinstance", isinstance, (1, 2)), ("issubclass", issubclass, (1, int)),
    ("issubclass", issubclass, (int, 1)), ("len", len, ()),
    ("len", len, (5,)), ("repr", repr, ()), ("id", id, (1, 2)),
    ("append", [].append, ()), ("append", [].append, (1, 2)),
    ("insert", [].insert, (1,)), ("insert", [].insert, ("a", 1)),
    ("pop", [].pop, ()), ("pop", [1].pop, (5,)), ("pop", [1].pop, (1, 2)),
    ("pop", [1].pop, ("x",)), ("remove", [1].remove, (2,)),
    ("remove", [].remove, ()), ("index", [1].index, (2,)),
    ("index", [1, 2, 3].index, (3, 0, 2)), ("index", [1].index, (1, "a")),
    ("index", [1].index, ()), ("count", [].count, ()),
    ("reverse", [].reverse, (1,)), ("copy", [].copy, (1,)),
    ("clear", [].clear, (1,)), ("extend", [].extend, (1,)),
    ("sort", [].sort, (1,)), ("sort", [3, "a"].sort, ()),
    ("get", {}.get, ()), ("get", {}.get, (1, 2, 3)), ("get", {}.get, ([],)),
    ("pop", {}.pop, ()), ("pop", {}.pop, (5,)), ("pop", {}.pop, ([],)),
    ("popitem", {}.popitem, ()), ("setdefault", {}.setdefault, ()),
    ("setdefault", {}.setdefault, ([],)), ("update", {}.update, (1,)),
    ("update", {}.update, ([1],)), ("update", {}.update, ([(1, 2, 3)],)),
    ("update", {}.update, ({}, {})), ("keys", {}.keys, (1,)),
    ("split", "a".split, (1,)), ("split", "a".split, ("",)),
    ("split", "a".split, (",", "x")), ("split", "a".split, (",", 1, 2)),
    ("rsplit", "a".rsplit, ("",)), ("strip", "a".strip, (1,)),
    ("strip", "a".strip, ("a", "b")), ("lstrip", "a".lstrip, (2,)),
    ("rstrip", "a".rstrip, ([],)), ("upper", "a".upper, (1,)),
    ("lower", "a".lower, (1,)), ("replace", "a".replace, ("a",)),
    ("replace", "a".replace, (1, "b")), ("replace", "a".replace, ("a", 1)),
    ("replace", "a".replace, ("a", "b", "c")),
    ("replace", "a".replace, ("a", "b", 1, 2)),
    ("startswith", "a".startswith, ()), ("startswith", "a".startswith, (1,)),
    ("startswith", "a".startswith, ((1,),)),
    ("startswith", "a".startswith, ("a", "b")),
    ("endswith", "a".endswith, (["a"],)),
    ("endswith", "a".endswith, ("a", 1, 2, 3)), ("find", "a".find, (1,)),
    ("find", "a".find, ("a", "x")), ("find", "a".find, ()),
    ("rfind", "a".rfind, (None,)), ("index", "ab".index, ("c",)),
    ("rindex", "ab".rindex, ("c",)), ("count", "a".count, (1,)),
    ("count", "a".count, ()), ("join", "-".join, (1,)),
    ("join", "-".join, ([1],)), ("join", "-".join, (["a", 2],)),
    ("join", "-".join, ()), ("int", int, ("x",)), ("int", int, ([],)),
    ("list", list, (1,)), ("tuple", tuple, (1, 2)), ("dict", dict, (1,)),
    ("dict", dict, ([1],)), ("dict", dict, ([(1, 2, 3)],)),
    ("dict", dict, ({}, {})), ("range", range, ()), ("range", range, ("a",)),
    ("range", range, (1, 2, 0)), ("str", str, (1, 2, 3, 4)),
]
for label, f, args in cases:
    attempt(label, f, args)
try:
    min(1, 2, foo=3)
except TypeError as e:
    print(e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print(e)
try:
    sum([1], foo=2)
except TypeError as e:
    print(e)
try:
    sorted([1], foo=1)
except TypeError as e:
    print(e)
try:
    enumerate([], foo=1)
except TypeError as e:
    print(e)
try:
    zip([], foo=1)
except TypeError as e:
    print(e)
try:
    zip([1], strict=True, foo=1)
except TypeError as e:
    print(e)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [2, 3], [4, 5], strict=True))
except ValueError as e:
    print(e)
try:
    [].sort(key=1, foo=2)
except TypeError as e:
    print(e)
try:
    [3, 2].sort(key=1)
except TypeError as e:
    print(e)
try:
    "a".split(foo=1)
except TypeError as e:
    print(e)
try:
    "a".split(",", maxsplit=1, sep=",")
except TypeError as e:
    print(e)
try:
    "a".replace("a", "b", x=1)
except TypeError as e:
    print(e)
try:
    [].append(x=1)
except TypeError as e:
    print(e)
try:
    len(x=1)
except TypeError as e:
    print(e)
try:
    {}.get(1, x=2)
except TypeError as e:
    print(e)
try:
    ValueError(x=1)
except TypeError as e:
    print(e)
try:
    list.append()
except TypeError as e:
    print(e)
try:
    list.append([])
except TypeError as e:
    print(e)
try:
    list.append(1, 2)
except TypeError as e:
    print(e)
lst = [3, 1, 2]


def mutate(x):
    lst.append(x)
    return x


try:
    lst.sort(key=mutate)
except ValueError as e:
    print(e, lst)
d = {1: 2}
try:
    for k in d:
        d[k + 1] = 0
except RuntimeError as e:
    print(e)
