# chapter: 1
# Class attributes are shared by every instance until one sets its own.
class Dog:
    kind = "canine"
    tricks = []

    def __init__(self, name):
        self.name = name

    def teach(self, trick):
        self.tricks.append(trick)


a = Dog("Fido")
b = Dog("Rex")
print(a.kind, b.kind)
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind)
a.teach("roll")
b.teach("sit")
print(a.tricks, b.tricks, a.tricks is b.tricks)
Dog.kind = "dog"
print(a.kind, b.kind)
del a.kind
print(a.kind)
