# chapter: 1
# Within the limit, nested comparisons answer (and < stays quick).
a = []
b = []
c = [1]
i = 0
while i < 2000:
    a = [a]
    b = [b]
    c = [c]
    i += 1
print(a == b, a != b, a < c, c > a, a <= b, a >= c)
t = ()
u = ()
i = 0
while i < 2000:
    t = (t,)
    u = (u,)
    i += 1
print(t == u, t < u)
