# A call in the middle of an expression: while scale runs, the module's
# frame keeps on its evaluation stack what it has computed so far.
def scale(values, factor):
    out = []
    for v in values:
        out.append(v * factor)
    # figure: evaluation-stack
    return out


numbers = [1, 2, 3]
print(len(numbers) + len(scale(numbers, 2)))
