# chapter: 3
# At exit the module's objects are freed in the order they were made
# (each named once, in that order).
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


first = Noisy("first")
second = Noisy("second")
third = Noisy("third")
gone = Noisy("gone before the end")
del gone
print("end of the script")
