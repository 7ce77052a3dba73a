# chapter: 3
# An error half-way through an expression releases what it had made,
# before the traceback.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


kept = Noisy("kept")
print("start")
x = [Noisy("first item"), kept, Noisy("third item"), undefined_name]
print("not reached")
