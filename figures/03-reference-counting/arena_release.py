# Enough small objects to fill several arenas, then all of them freed:
# the allocator keeps a couple of empty arenas and returns the rest.
numbers = []
for i in range(300000):
    numbers.append(i * 7)
# figure: arenas-full view=arenas
numbers = None
# figure: arenas-released view=arenas
