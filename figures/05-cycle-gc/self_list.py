# A list that holds itself, a line at a time: after del its count is
# still 1, its own; the collection finds that all of that one reference
# comes from inside, and frees it.
# figures: every line
import gc

gc.collect()  # what exists so far moves to the oldest generation
l = []
l.append(l)
# figure: self-list-named
del l
# figure: self-list-dropped
print(gc.collect())
# figure: self-list-collected
