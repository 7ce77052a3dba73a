# A call in progress: two frames on the data stack, each with its own
# fast locals, both pointing into the one heap.
def scale(values, factor):
    out = []
    for v in values:
        out.append(v * factor)
    # figure: call-in-progress
    # figure: call-datastack view=datastack
    return out


numbers = [1, 2, 3]
doubled = scale(numbers, 2)
# figure: after-return
