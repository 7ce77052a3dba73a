# chapter: 5
# python: 3.13
# A class is always in a cycle: its __mro__ starts with the class
# itself.  So a class nobody refers to any more is freed by the
# collector, never by counting, and gc.collect() counts what goes with
# it: its namespace (when it holds a container), the __mro__ and
# __bases__ tuples, and the __dict__ and __weakref__ descriptors a class
# gets when its base is a builtin class without them.
import gc

gc.collect()


def empty():
    class C:
        pass


empty()
print("an empty class:", gc.collect())


def with_methods():
    class C:
        x = 1

        def m(self):
            pass

        def n(self):
            pass


with_methods()
print("with two methods:", gc.collect())


class Base:
    pass


def subclass():
    class D(Base):
        pass


subclass()
print("a subclass of a class:", gc.collect())


def exception_class():
    class Oops(Exception):
        pass


exception_class()
print("an exception class:", gc.collect())


def class_and_instance():
    class E:
        def __init__(self):
            self.v = 1

    return E()


kept = class_and_instance()
print("an instance keeps its class:", gc.collect())
kept = None
print("until it goes:", gc.collect())


class K:
    pass


print("__mro__ is kept:", K.__mro__ is K.__mro__, K in K.__mro__)
print("referents:", len(gc.get_referents(K)), gc.get_referents(K)[1:])
del K
print("del K frees nothing by counting:", gc.collect())
