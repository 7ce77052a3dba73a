# The tutorials' cycle once more, as chapter 3 drew it leaking: an A that
# holds a B that holds the A back.  This time gc.collect() finds them.
import gc


class A:
    def __init__(self):
        self.b = B(self)


class B:
    def __init__(self, a):
        self.a = a


gc.collect()  # the classes and functions move to the oldest generation

a = A()
# figure: ab-named view=generations
del a
# figure: ab-unreachable view=generations
print(gc.collect())
# figure: ab-collected view=generations
