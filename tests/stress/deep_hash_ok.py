# chapter: 1
# Deep tuples as keys within the limit.
t = ()
u = ()
i = 0
while i < 2000:
    t = (t,)
    u = (u,)
    i += 1
d = {t: 1}
print(d[u], u in d)
