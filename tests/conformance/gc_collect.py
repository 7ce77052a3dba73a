# chapter: 5
# gc.collect(generation) collects that generation and the younger ones,
# and returns the number of unreachable objects it found.
import gc


def cycle():
    l = []
    l.append(l)


def pair():
    a = []
    b = [a]
    a.append(b)


class Node:
    pass


def ring(n):
    first = Node()
    last = first
    i = 1
    while i < n:
        node = Node()
        last.next = node
        last = node
        i += 1
    last.next = first


gc.collect()
cycle()
r0 = gc.collect(0)
pair()
r1 = gc.collect(1)
cycle()
pair()
ring(5)
r2 = gc.collect(2)
ring(3)
r_default = gc.collect()
cycle()
r_keyword = gc.collect(generation=0)
cycle()
r_bool = gc.collect(True)
r_nothing = gc.collect()
print(r0, r1, r2, r_default, r_keyword, r_bool, r_nothing)
print(type(r0).__name__)
