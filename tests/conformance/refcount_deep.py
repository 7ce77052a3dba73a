# chapter: 3
# Structures nested 200,000 deep are freed without overflowing the C stack
# and without leaving anything behind.
class Node:
    def __init__(self, next):
        self.next = next


class Counted:
    def __init__(self, next):
        self.next = next

    def __del__(self):
        freed.append(1)


x = []
for i in range(200000):
    x = [x]
print("built the list")
del x
print("freed the list")
t = ()
for i in range(200000):
    t = (t,)
t = None
print("freed the tuple")
d = {}
for i in range(100000):
    d = {"next": d}
d = None
print("freed the dict")
n = None
for i in range(100000):
    n = Node(n)
n = None
print("freed the chain")
freed = []
c = None
for i in range(50000):
    c = Counted([c])
c = None
print("freed", len(freed), "counted")
