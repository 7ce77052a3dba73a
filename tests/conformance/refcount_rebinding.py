# chapter: 3
# Rebinding stores the new value, then drops the old: a __del__ that
# rebinding triggers sees the new value.
class Watcher:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name, "- the name now holds", shown())


def shown():
    if "x" in globals():
        return x.name if isinstance(x, Watcher) else repr(x)
    return "nothing"


x = Watcher("first")
x = Watcher("second")
x = "a string"
x = Watcher("third")
del x
box = [Watcher("in a list")]
box[0] = None
print("end")
