# chapter: 3
# python: 3.13
# Who holds a docstring: the code's constants and the tree of the
# module, then the function (its __doc__) or the class's namespace.
import sys


def documented():
    "What documented does."


class Box:
    """A box."""


print(sys.getrefcount(documented.__doc__), sys.getrefcount(Box.__doc__))
doc = documented.__doc__
print(sys.getrefcount(doc))
del documented
print(sys.getrefcount(doc))
