# chapter: 1
# in over a tuple and as a dict key lookup with deep tuples.
t = ()
u = ()
i = 0
while i < 20000:
    t = (t,)
    u = (u,)
    i += 1
print("built")
print(t in (u,))
