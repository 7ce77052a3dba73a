# chapter: 1
# Very deep containers freed by del and at exit, without C recursion.
a = []
d = {}
t = None
i = 0
while i < 300000:
    a = [a]
    d = {0: d}
    t = (t, i)
    i += 1
b = a
del a
print("freeing")
b = None
print("freed")
