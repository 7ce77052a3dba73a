# chapter: 5
# Finalizers in garbage cycles (PEP 442, 3.4+): every __del__ runs before
# any object of the cycle is cleared, each once in its object's life; an
# object a __del__ makes reachable again survives, with all it reaches;
# gc.garbage stays empty.
import gc

saved = []


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "sees", self.next.name)


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "saves itself")
        saved.append(self)


def ring(names):
    first = Node(names[0])
    last = first
    for name in names[1:]:
        node = Node(name)
        last.next = node
        last = node
    last.next = first


gc.collect()
ring(["a", "b", "c"])
print("collected", gc.collect())
p = Phoenix("p")
p.me = p
p.stuff = [[1, 2], {"k": [3]}]
p.stuff.append(p.stuff)
del p
print("collected", gc.collect())
print(len(saved), saved[0].name, saved[0].stuff[0], saved[0].stuff[1])
print(saved[0].stuff[2] is saved[0].stuff, saved[0].me is saved[0])
saved.pop()
print("collected", gc.collect())
print(len(saved), gc.garbage)
ring(["x", "y"])
q = Phoenix("q")
q.me = q
del q
print("collected", gc.collect())
saved.pop()
print("collected", gc.collect())
