# chapter: 1
# python: 3.13
"""A docstring is a str first in a module, a class or a function body.

It is not run: the module's and the class's go into their namespace as
__doc__, a function's is its code's first constant and its __doc__
(Python/compile.c and Objects/funcobject.c, v3.13.0), and a method
gives its function's.  A str alone anywhere else is a statement that
does nothing.
"""

def documented(a, b=2):
    "What documented does."
    return a + b


def bare():
    x = 1
    "not a docstring: it comes second"
    return x


def only_a_docstring():
    """Nothing else."""


class Box:
    """A box."""

    def open(self):
        """Open the box."""
        return "open"

    def close(self):
        return "closed"


print(__doc__.split("\n")[0])
print(documented.__doc__, documented(1))
print(bare.__doc__, bare())
print(only_a_docstring.__doc__, only_a_docstring())
print(Box.__doc__, Box.open.__doc__, Box().open.__doc__, Box().close.__doc__)
print(Box().open.__name__, Box().open.__func__ is Box.open,
      (lambda: "no docstring").__doc__)
box = Box()
print(box.open.__self__ is box)
