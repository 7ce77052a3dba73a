# chapter: 1
# repr and str within the limit.
a = []
d = {}
t = ()
i = 0
while i < 2000:
    a = [a]
    d = {1: d}
    t = (t,)
    i += 1
print(len(repr(a)), len(str(d)), len(repr(t)))
