# chapter: 5
# The seeds' A/B cycle: an A holds a B that holds the A back.  Counting
# alone never frees them; gc.collect() finds the two and frees them,
# running each __del__ first.
import gc


class A:
    def __init__(self):
        self.b = B(self)

    def __del__(self):
        print("A.__del__")


class B:
    def __init__(self, a):
        self.a = a

    def __del__(self):
        print("B.__del__")


def found_in(objs, x):
    for o in objs:
        if o is x:
            return True
    return False


gc.collect()
a = A()
b = a.b
tracked = gc.is_tracked(a), gc.is_tracked(b)
listed = found_in(gc.get_objects(), a), found_in(gc.get_objects(0), b)
a_refers_to_b = found_in(gc.get_referents(a), b)
b_refers_to_a = found_in(gc.get_referrers(a), b)
print(tracked, listed, a_refers_to_b, b_refers_to_a)
del a, b
print("names deleted")
n = gc.collect()
print("collected", n)
print("again", gc.collect())
print(gc.garbage)
