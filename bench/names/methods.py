# Method calls, 2 x 3,000,000: each finds the instance's attributes
# first, misses, then finds the function in its class's namespace,
# where the class body's code stored it under its name.
class Counter:
    def __init__(self):
        self.count = 0

    def bump(self):
        self.count = self.count + 1

    def read(self):
        return self.count


def run(n):
    c = Counter()
    for i in range(n):
        c.bump()
        v = c.read()
    return v


print(run(3000000))
