# chapter: 1
# A dict comprehension is compiled inline, as a list comprehension is
# (PEP 709, 3.12+): its names are its own and put back after, the key
# is made before its value (3.8+), and later pairs with an equal key
# replace the value but keep the first key.
d = {k: k * 2 for k in range(5)}
print(d)
print({k: v for k, v in [("a", 1), ("b", 2)] if v > 1})
print({(i, j): i * j for i in range(3) for j in range(2) if i != j})
x = 10
print({x: x for x in "ab"}, x)


def f():
    y = 3
    return {y: i for i in range(3)}, y


print(f())
order = []


def key(v):
    order.append(("key", v))
    return v


def value(v):
    order.append(("value", v))
    return v


print({key(i % 2): value(i) for i in range(4)})
print(order)
print({1: "int", True: "bool", 1 == 1: "again"})
print({k: "x" for k in [1, True, 1]})


class C:
    z = {n: n for n in range(2)}


print(C.z)
print({k: 1 for k in []})
try:
    {k: 1 // k for k in range(3)}
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
{[k]: 1 for k in range(1)}
