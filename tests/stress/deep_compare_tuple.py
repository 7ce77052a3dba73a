# chapter: 1
# Tuples nested past the limit, compared.
t = ()
u = ()
i = 0
while i < 20000:
    t = (t,)
    u = (u,)
    i += 1
print(t == u)
