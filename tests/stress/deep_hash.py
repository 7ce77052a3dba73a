# chapter: 1
# A tuple nested past the limit as a dict key: hashing it recurses.
t = ()
i = 0
while i < 20000:
    t = (t,)
    i += 1
print("built")
d = {t: 1}
print(len(d))
