# chapter: 5
# gc.get_referents(*objs): what each object refers to, in the order its
# type's traversal visits them (a list and a tuple from the last item;
# a dict's values, and its keys too when one is not a str);
# gc.get_referrers(*objs): the tracked objects that refer to any of them.
import gc


class C:
    pass


def found_in(objs, x):
    for o in objs:
        if o is x:
            return True
    return False


a = [1]
b = [2]
k = (3, 4)
print(gc.get_referents([a, b]) == [b, a], gc.get_referents((a, b)) == [b, a])
print(gc.get_referents([a, b], (b, a)) == [b, a, a, b])
print(gc.get_referents({"x": a, "y": b}) == [a, b])
print(gc.get_referents({1: a, "k": b}) == [a, 1, b, "k"])
print(gc.get_referents({k: a}) == [a, k])
print(gc.get_referents(1, "s", None), gc.get_referents())
print(gc.get_referents(a), gc.get_referents([]))
o = C()
o.x = a
o.y = b
r = gc.get_referents(o)
print(len(r), r[0] is a, r[1] is b, found_in(r, C))
holder = [a]
d = {"a": a}
referrers = gc.get_referrers(a)
print(found_in(referrers, holder), found_in(referrers, d))
print(found_in(referrers, o), found_in(referrers, b))
print(found_in(gc.get_referrers(a, b), holder), found_in(gc.get_referrers(b), o))
print(found_in(gc.get_referrers(b), holder), gc.get_referrers())
gc.freeze()
print(found_in(gc.get_referrers(a), holder))
gc.unfreeze()
print(found_in(gc.get_referrers(a), holder))
