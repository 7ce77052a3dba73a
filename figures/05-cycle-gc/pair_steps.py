# The tutorials' cycle a line at a time, in the ordinary memory view:
# each container's header says which generation it is in.  Counting
# leaves the pair alive after del; the collection frees it.
# figures: every line
import gc


class A:
    pass


a = A()
b = A()
a.other = b
b.other = a
del A
# figure: pair-made
del a, b
# figure: pair-dropped
print(gc.collect())
# figure: pair-collected
