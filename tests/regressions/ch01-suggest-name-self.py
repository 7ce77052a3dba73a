# chapter: 1
# A method's bare name that is an attribute of self.
class A:
    def __init__(self):
        self.size = 3
    def grow(self):
        return size + 1
A().grow()
