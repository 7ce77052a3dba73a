# chapter: 1
# print of tuples nested past the limit.
t = ()
i = 0
while i < 20000:
    t = (t,)
    i += 1
print("built")
print(t)
