# chapter: 1
# locals() in a function holds its bound names; globals() is the module's dict.
def f(a, b):
    c = a + b
    names = []
    for k in locals():
        names.append(k)
    return names


print(f(1, 2))
print(globals() is globals())
g = globals()
print(g["__name__"], "f" in g, "a" in g)
print(locals() is globals())
