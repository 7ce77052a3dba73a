# chapter: 3
# An object is freed on the statement that drops its last reference:
# rebinding, return, a list's or a key's going.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  freed", self.name)


x = Noisy("x1")
print("rebinding x")
x = Noisy("x2")
print("rebound")


def f():
    local = Noisy("local")
    other = local
    print("returning from f")


f()
print("back from f")


def g():
    made = Noisy("returned")
    return made


kept = g()
print("kept the returned one")
g()
print("dropped the returned one")
items = [Noisy("item 1"), Noisy("item 2")]
alias = items
print("dropping one name of the list")
items = None
print("dropping the other")
alias = None
d = {"k": Noisy("value")}
print("deleting the key")
del d["k"]
print("deleted")
holder = Noisy("holder")
holder.attr = Noisy("attribute")
print("deleting the attribute")
del holder.attr
print("deleted")
Noisy("temporary")
print("after a temporary")
l = [Noisy("popped")]
l.pop()
print("after pop")
print("end of the script")
