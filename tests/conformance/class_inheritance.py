# chapter: 1
# A subclass inherits methods, overrides some, and can call its base's.
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"

    def describe(self):
        return self.speak() + "!"


class Cat(Animal):
    def speak(self):
        return self.name + " meows"


class Lion(Cat):
    def __init__(self, name, pride):
        Cat.__init__(self, name)
        self.pride = pride

    def speak(self):
        return Cat.speak(self) + " loudly"


for x in [Animal("generic"), Cat("Tom"), Lion("Leo", 7)]:
    print(x.describe())
leo = Lion("Leo", 7)
print(leo.pride, leo.name)
print(isinstance(leo, Animal), isinstance(leo, Cat), isinstance(Cat("x"), Lion))
print(type(leo), type(leo) is Lion)
