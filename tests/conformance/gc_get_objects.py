# chapter: 5
# gc.get_objects(generation=None): the objects the collector tracks, in
# one generation or in all three.  Which objects there are differs from
# one interpreter to another; whether a given one is there does not.
import gc


def found_in(objs, x):
    for o in objs:
        if o is x:
            return True
    return False


def where(x):
    r = []
    i = 0
    while i < 3:
        r.append(found_in(gc.get_objects(i), x))
        i += 1
    return r


gc.collect()
x = []
d = {}
n = 12345
print(found_in(gc.get_objects(), x), where(x))
print(found_in(gc.get_objects(), d), found_in(gc.get_objects(), n))
gc.collect(0)
print(where(x))
gc.collect(1)
print(where(x))
y = [x]
print(where(y), where(x))
gc.collect()
print(where(y))
print(found_in(gc.get_objects(None), x), found_in(gc.get_objects(-1), x))
print(found_in(gc.get_objects(generation=2), x))
objs = gc.get_objects()
print(found_in(objs, objs), type(objs).__name__)
