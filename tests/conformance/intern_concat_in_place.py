# chapter: 4
# python: 3.11+
# s += t and s = s + t, s a local: when nothing but s refers to the str,
# it is grown in place, so its id stays the same at most steps (it moves
# only when its block of memory cannot grow).  Any other reference, a
# hash already computed, or another kind of variable, and the sum is a
# new str; every other reference still sees the old text.  CPython 3.11
# and later do this for local variables only (3.10 also for module-level
# names): a module-level loop makes a new str at every step.
import sys


def grow_alone(n):
    s = "".join(["ab", "cd"])
    moves = 0
    for i in range(n):
        before = id(s)
        s += "x"
        s = s + "y"
        if id(s) != before:
            moves += 1
    return s, moves


s, moves = grow_alone(1000)
print("alone:", len(s), s[:8], s[-4:], moves < 200)


def grow_shared(n):
    s = "".join(["ab", "cd"])
    kept = []
    moves = 0
    for i in range(n):
        before = id(s)
        kept.append(s)
        s += "x"
        if id(s) != before:
            moves += 1
    return kept, moves


kept, moves = grow_shared(50)
print("kept in a list:", moves, kept[0], kept[3], len(kept[49]))


def alias():
    s = "".join(["ab", "cd"])
    t = s
    s += "!"
    return s, t, s is t


print("another name:", alias())


def twice(n):
    s = "".join(["ab", "cd"])
    moves = 0
    for i in range(n):
        before = id(s)
        s = s + s
        if id(s) != before:
            moves += 1
    return len(s), moves


print("s + s:", twice(10))


def prepend(n):
    s = "".join(["ab", "cd"])
    moves = 0
    for i in range(n):
        before = id(s)
        s = "x" + s
        if id(s) != before:
            moves += 1
    return s[:3], moves


print("prepended:", prepend(40))


def hashed(n):
    s = "".join(["ab", "cd"])
    moves = 0
    for i in range(n):
        d = {s: i}
        d = None
        before = id(s)
        s += "x"
        if id(s) != before:
            moves += 1
    return moves


print("used as a key first:", hashed(40))


def interned():
    name = sys.intern("".join(["spam", "_eggs"]))
    s = name
    name = None
    s += "x"
    return s, sys.intern("".join(["spam", "_eggs"])) is s


print("interned:", interned())


def widen(n):
    moves = 0
    for i in range(n):
        s = "".join(["abc", str(i)])
        before = id(s)
        s += "\xe9"
        if id(s) != before:
            moves += 1
    return moves


print("ASCII, then past it:", widen(20))


def wide(n):
    s = "".join(["\u20ac", "uro"])
    moves = 0
    for i in range(n):
        before = id(s)
        s += "\xe9x"
        if id(s) != before:
            moves += 1
    return len(s), s[:6], moves < n // 4


print("wide:", wide(400))


class Box:
    def __init__(self):
        self.s = "".join(["ab", "cd"])


def attribute(n):
    box = Box()
    moves = 0
    for i in range(n):
        before = id(box.s)
        box.s += "x"
        if id(box.s) != before:
            moves += 1
    return moves


print("an attribute:", attribute(40))


def item(n):
    items = ["".join(["ab", "cd"])]
    moves = 0
    for i in range(n):
        before = id(items[0])
        items[0] += "x"
        if id(items[0]) != before:
            moves += 1
    return moves


print("a list item:", item(40))


def in_global(n):
    global g
    g = "".join(["ab", "cd"])
    moves = 0
    for i in range(n):
        before = id(g)
        g += "x"
        if id(g) != before:
            moves += 1
    return moves


print("a global, in a function:", in_global(40))
m = "".join(["ab", "cd"])
moves = 0
for i in range(40):
    before = id(m)
    m += "x"
    if id(m) != before:
        moves += 1
print("at module level:", moves, len(m))
