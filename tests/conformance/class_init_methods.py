# chapter: 1
# __init__ fills a new instance; methods get the instance as self.
class Counter:
    def __init__(self, start):
        self.count = start
        self.history = []

    def add(self, n):
        self.count = self.count + n
        self.history.append(n)
        return self.count

    def report(self):
        return "count=" + str(self.count)


c = Counter(10)
print(c.add(5), c.add(-3))
print(c.report(), c.history)
d = Counter(0)
print(d.report(), c.report())
add = c.add
print(add(100), c.count)
print(Counter.report(d))
