# chapter: 1
# The seeds' x = "Rajesh": a name in the module's namespace dict bound to a str.
x = "Rajesh"
print(x, type(x), len(x))
print("x" in globals())
print(globals()["x"])
g = globals()
g["y"] = "set through globals()"
print(y)
x = "someone else"
print(globals()["x"])
