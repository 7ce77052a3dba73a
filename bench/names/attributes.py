# Instance attributes read and written inside a function, 5 names x
# 5,000,000 times.  __init__'s code stored them; run's code reads them
# with its own strs for the names.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.label = "p"


def run(n):
    p = Point(1, 2)
    for i in range(n):
        a = p.x
        b = p.y
        c = p.label
        p.x = b
        p.y = a
    return p.x + p.y


print(run(5000000))
