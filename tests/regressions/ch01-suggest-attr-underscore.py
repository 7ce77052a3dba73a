# chapter: 1
# A private attribute is suggested inside a method of the object, not
# outside it.
class A:
    def __init__(self):
        self._total = 1
    def total_plus(self):
        return self.total + 1
try:
    A().total
except AttributeError as e:
    print(e)
A().total_plus()
