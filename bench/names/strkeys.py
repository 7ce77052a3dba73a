# A dict with str keys, read and written by literal keys inside a
# function, 4 x 6,000,000 times.  The keys are name-like constants, which
# chapter 4's compiler interns; chapter 3's makes one str per literal.
def fill():
    return {"alpha": 1, "beta": 2, "gamma": 3, "delta": 4}


def run(n):
    d = fill()
    for i in range(n):
        a = d["alpha"]
        b = d["beta"]
        d["gamma"] = a
        d["delta"] = b
    return d["gamma"] + d["delta"]


print(run(6000000))
