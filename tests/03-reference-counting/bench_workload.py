# A workload for make bench: lists, a dict and ints made and dropped
# in a loop.  Chapter 2 frees nothing; chapter 3 frees as it goes.
def work(n):
    total = 0
    items = []
    table = {}
    for i in range(n):
        items.append(i * 3)
        table[i % 100] = items[-1]
        if len(items) > 50:
            total = total + items.pop(0)
    return total + len(table)


print(work(300000))
