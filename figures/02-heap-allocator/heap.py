# The private heap after some small objects: arenas of pools, one pool's
# blocks with its free list, and the pools each size class draws from.
rows = []
for i in range(60):
    rows.append([i, i, i, i])
# Each list's item array holds 4 references: 32 bytes, size class 1.
for row in rows:
    row.append(None)
# Appending a fifth item moved each array to the 64-byte class: the
# 32-byte arrays went back to their pool's free list.
# The first item of the last row: its int sits next to the item array
# freed last, the block the free list hands out next.
first = rows[-1][0]
# figure: arenas view=arenas
# figure: pool-free-list view=pool:first
# figure: usedpools view=usedpools
n = first + 1000
# figure: pool-reuse view=pool:n
