# Instances with attribute access: make a point, read and write fields.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx):
        return Point(self.x + dx, self.y)


total = 0
for i in range(300000):
    p = Point(i, 2 * i).moved(1)
    p.y = p.y + p.x
    total = total + p.y
print(total)
