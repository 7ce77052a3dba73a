# chapter: 3
# An exception in __del__ is printed to stderr ("Exception ignored in")
# and the script goes on.
class Faulty:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__ of", self.name)
        print(undefined_name)
        print("never printed")


a = Faulty("a")
del a
print("after del a")
items = [Faulty("item 0"), Faulty("item 1")]
items = None
print("after the list")
b = Faulty("at exit")
print("end of the script")
