# chapter: 5
# gc.freeze() moves every tracked object to a permanent generation that
# no collection looks at; gc.unfreeze() moves them back, to the oldest;
# gc.get_freeze_count() counts them.
import gc


def found_in(objs, x):
    for o in objs:
        if o is x:
            return True
    return False


class Node:
    def __del__(self):
        print("Node.__del__")


gc.collect()
print(gc.get_freeze_count())
x = []
a = Node()
a.me = a
del a
print(gc.freeze())
frozen = gc.get_freeze_count()
counts = gc.get_count()
print(frozen > 0, counts)
print(found_in(gc.get_objects(), x))
print(gc.collect())
y = []
print(found_in(gc.get_objects(0), y), gc.get_freeze_count() == frozen)
gc.freeze()
print(gc.get_freeze_count() > frozen)
print(gc.unfreeze())
print(gc.get_freeze_count(), found_in(gc.get_objects(2), x))
print(gc.collect())
