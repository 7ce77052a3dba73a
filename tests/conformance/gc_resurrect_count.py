# chapter: 5
# gc.collect() counts the objects it frees: an unreachable object whose
# __del__ stores it somewhere reachable is kept, and not counted.  Once
# let go again it is freed without a second __del__ (PEP 442).
import gc

saved = []


class Phoenix:
    def __del__(self):
        print("__del__ runs")
        saved.append(self)


p = Phoenix()
p.me = p
del p
print(gc.collect(), len(saved))
saved.pop()
print(gc.collect(), len(saved))
print(gc.collect())
