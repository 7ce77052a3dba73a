# chapter: 1
# An instance changed through an alias, a container or a parameter.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def move(p, dx):
    p.x = p.x + dx


p = Point(1, 2)
q = p
q.x = 10
print(p.x, p.y)
points = [p, p]
points[1].y = 20
print(p.y, q.y)
move(p, 5)
print(q.x)
r = Point(1, 2)
print(r is p, r.x == p.x)
