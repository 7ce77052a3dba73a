# chapter: 1
# A class's special methods fill its type's slots: repr() and str(),
# ==, != (the opposite of __eq__ when there is no __ne__), <, hash (gone
# with an __eq__ of the class's own), len, truth, items, in, iteration,
# calls, a missing attribute, arithmetic with the reflected methods.  A
# subclass inherits them; assigning one to a class later changes it.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return "Money(" + repr(self.cents) + ")"

    def __str__(self):
        return str(self.cents // 100) + " euros"

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __add__(self, other):
        if isinstance(other, int):
            return self
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        return self.__add__(other)

    def __mul__(self, n):
        return Money(self.cents * n)

    def __rmul__(self, n):
        return Money(self.cents * n)

    def __neg__(self):
        return Money(-self.cents)

    def __bool__(self):
        return self.cents != 0


m = Money(250)
print(m, repr(m), [m], (m,), {"k": m})
print(m == Money(250), m != Money(250), m != Money(1), m < Money(300))
print(m > Money(100), m + Money(50), 0 + m, 3 * m, m * 2, -m)
print(bool(m), bool(Money(0)), not m)
if Money(0):
    print("wrong")
print(Money.__hash__)


class Bag:
    def __init__(self):
        self.items = [3, 1, 2]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __contains__(self, v):
        return v in self.items

    def __iter__(self):
        return iter(self.items)

    def __call__(self, x):
        return x * 10

    def __getattr__(self, name):
        return "no " + name

    def __hash__(self):
        return 42


b = Bag()
print(list(b), sorted(b), sum(b), max(b))
print(len(b), b[0], 2 in b, 7 in b, bool(b), b(4), b.colour, b.items)
b[0] = 9
del b[1]
print(b.items, {b: 1}[b], len({b: 1, Bag(): 2}))


class SmallBag(Bag):
    pass


s = SmallBag()
print(len(s), s.size, {s: 5}[s])
Bag.__len__ = None if False else Bag.__call__
print(len(s) if False else "assigned")


class Plain:
    pass


p = Plain()
print(p == p, p != Plain())
Plain.__repr__ = Money.__repr__
p.cents = 7
print(p)
del Plain.__repr__
print(repr(p)[:16])
