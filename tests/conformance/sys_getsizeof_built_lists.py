# chapter: 1
# python: 3.13
# A list's size is the slots it has allocated, and how many depends on
# what built it: list() of a list, a tuple, a str or an iterator that
# knows its length makes room for exactly that many (rounded up to
# even); of a dict or one of its views, as appends would; str.split
# makes room for as many pieces as maxsplit and the length allow (at
# most 12) and appends the rest; splitlines appends them all.
import sys


def slots(items):
    return (sys.getsizeof(items) - sys.getsizeof([])) // 8


def table(n):
    d = {}
    for i in range(n):
        d[i] = str(i)
    return d


print("list(dict)", [slots(list(table(n))) for n in range(20)])
print("list(items)", [slots(list(table(n).items())) for n in range(12)])
print("list(values)", [slots(list(table(n).values())) for n in range(12)])
print("list(reversed)", [slots(list(reversed(list(range(n))))) for n in range(12)])
print("list(iter)", [slots(list(iter(list(range(n))))) for n in range(12)])
print("list(enumerate)", [slots(list(enumerate("a" * n))) for n in range(20)])
print("split()", [slots(" ".join("a" * n).split()) for n in range(1, 25)])
print("split(',')", [slots(",".join("a" * n).split(",")) for n in range(1, 25)])
print("no spaces", [slots(("a" * k).split()) for k in range(8)])
print("long words", [slots(("ab " * k).split()) for k in range(8)])
print("long sep", [slots(("a" * k).split("abc")) for k in range(14)])
print("maxsplit", [slots("a b c d e".split(None, n)) for n in range(7)])
print("rsplit", [slots(" ".join("a" * n).rsplit()) for n in range(1, 16)])
print("rsplit(',', 2)", [slots(("a,a" * k).rsplit(",", 2)) for k in range(8)])
print("splitlines", [slots("\n".join("a" * n).splitlines()) for n in range(1, 20)])
print("non-ASCII", slots("é é é".split()), slots("日本,日本".split(",")))
# An iterator tells how many items it has left (__length_hint__), and
# list() of it makes room for exactly those; so does a, *rest = ...
d = table(6)
print("iter(range)", [slots(list(iter(range(n)))) for n in range(10)])
print("iter(str)", [slots(list(iter("a" * n))) for n in range(10)],
      slots(list(iter("é" * 5))))
print("iter(dict)", slots(list(iter(d))), slots(list(iter(d.values()))),
      slots(list(iter(d.items()))), slots(list(reversed(d))))
it = iter(d)
next(it)
print("after next", slots(list(it)))
it = iter(range(10))
next(it)
next(it)
print("range after next", slots(list(it)))
first, *rest = range(20)
print("rest", slots(rest))
first, *rest, last = "abcdefg"
print("rest of str", slots(rest))
first, *rest = d
print("rest of dict", slots(rest))
