# chapter: 1
# while loops: a counter, a stack drained with pop, nested loops.
i = 0
while i < 5:
    i = i + 1
print(i)
stack = [1, 2, 3]
while stack:
    print(stack.pop())
rows = []
r = 0
while r < 3:
    c = 0
    row = []
    while c < 3:
        row.append(r * 3 + c)
        c += 1
    rows.append(row)
    r += 1
print(rows)
total = 0
for row in rows:
    for value in row:
        total += value
print(total)
