# A recursion several frames deep: each call gets its own frame with its
# own n, all of them stacked on the data stack at once.
def countdown(n, seen):
    seen.append(n)
    if n == 0:
        # figure: recursion
        # figure: recursion-datastack view=datastack
        return seen
    return countdown(n - 1, seen)


trail = countdown(3, [])
print(trail)
