# chapter: 5
# python: 3.13
# gc.get_count() after fixed allocations.  Gen 0's count goes up by one
# for each container made from fresh memory and down by one for each
# whose memory goes back; a list, dict or small tuple taken from or
# returned to its freelist (80 lists, 80 dicts, 2000 tuples of each
# size up to 20 in 3.13) does not count.  A full collection empties the
# freelists.  The counts are read into a list first and printed at the
# end: printing itself can make and keep objects.
import gc


class C:
    pass


gc.collect()
r = []
r.append(gc.get_count())
lists = []
i = 0
while i < 100:
    lists.append([])
    i += 1
r.append(gc.get_count())
lists = None
r.append(gc.get_count())
lists = []
i = 0
while i < 100:
    lists.append([i])
    i += 1
r.append(gc.get_count())
objs = []
i = 0
while i < 50:
    objs.append(C())
    i += 1
r.append(gc.get_count())
objs = None
r.append(gc.get_count())
dicts = []
i = 0
while i < 120:
    dicts.append({"k": i})
    i += 1
r.append(gc.get_count())
dicts = None
r.append(gc.get_count())
i = 0
while i < 30:
    t = (i, i + 1)
    u = (i, i, i)
    i += 1
r.append(gc.get_count())
t = None
u = None
r.append(gc.get_count())
big = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)
i = 0
while i < 10:
    big = big + (i,)
    i += 1
r.append(gc.get_count())
big = None
r.append(gc.get_count())
o = C()
i = 0
while i < 20:
    o.m = o
    o.m = None
    i += 1
r.append(gc.get_count())
n = gc.collect()
r.append(gc.get_count())
x = []
r.append(gc.get_count())
gc.collect(0)
r.append(gc.get_count())
gc.collect(1)
r.append(gc.get_count())
for c in r:
    print(c)
print(n)
