# One collection of the youngest generation, drawn phase by phase as the
# collector runs it.  The garbage is made first, so that the scan meets
# it before the reachable chain, tail first, that it has to bring back.
import gc


class Node:
    pass


gc.collect()  # what exists so far moves to the oldest generation

x = Node()  # a cycle: x and y refer to each other
y = Node()
x.next = y
y.next = x
x.only = Node()  # reachable only from the cycle
w = Node()  # reachable from the cycle and from a name
y.also = w
b = Node()  # a chain, made tail first: head -> a -> b
a = Node()
a.next = b
head = Node()
head.next = a
del x, y, a, b
# figure: phases view=collection
print(gc.collect(0))
