# Survivors move up: a collection of generation N moves what it does not
# free to generation N + 1.  Each figure shows the collector's three
# lists and, in them, the objects the module's names refer to; the
# counts it shows are the ones gc.get_count() prints after it.
import gc


class Item:
    pass


gc.collect()  # what exists so far moves to the oldest generation

first = Item()
# figure: generations-made view=generations
print(gc.get_count())
gc.collect(0)  # first survives a collection of generation 0: up to 1
second = Item()
# figure: generations-young view=generations
print(gc.get_count())
gc.collect(0)  # second moves up too
# figure: generations-collected-0 view=generations
print(gc.get_count())
gc.collect(1)  # generations 0 and 1 are collected: both move up to 2
third = Item()
# figure: generations-collected-1 view=generations
print(gc.get_count())
