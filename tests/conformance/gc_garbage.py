# chapter: 5
# gc.garbage: the list where collections used to put cycles they could
# not free because of a __del__; since PEP 442 (3.4) those are freed and
# it stays empty.
import gc


class WithDel:
    def __del__(self):
        print("WithDel.__del__")


print(gc.garbage, type(gc.garbage).__name__)
a = WithDel()
b = WithDel()
a.other = b
b.other = a
del a, b
print(gc.collect())
print(gc.garbage, len(gc.garbage))
g = gc.garbage
print(g is gc.garbage)
