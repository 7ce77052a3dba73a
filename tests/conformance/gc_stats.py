# chapter: 5
# gc.get_stats(): for each generation a dict of its collections so far,
# the objects they collected and those they could not.  The totals
# depend on what the interpreter did before; the changes do not.
import gc


def cycle():
    l = []
    l.append(l)


before = gc.get_stats()
gc.collect(0)
cycle()
cycle()
gc.collect(1)
cycle()
gc.collect(2)
gc.collect()
after = gc.get_stats()
print(type(before).__name__, len(before))
keys = []
for k in after[0]:
    keys.append(k)
print(keys)
i = 0
while i < 3:
    change = []
    for k in keys:
        change.append(after[i][k] - before[i][k])
    print(i, change)
    i += 1
