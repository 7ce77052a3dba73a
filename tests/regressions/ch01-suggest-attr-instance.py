# chapter: 1
# A misspelt attribute of an instance.
class Point:
    def __init__(self):
        self.x = 1
p = Point()
print(p.xx)
