# Module globals read inside a function, 4 names x 6,000,000 times.
# The function's code holds its own str for each name; the module's
# dict holds the str the module's code stored with.  Without interning
# (chapter 3) they are two objects and each lookup compares characters;
# with it (chapter 4) they are one, and the first pointer test finds it.
alpha = 1
beta = 2
gamma = 3
delta = 4


def run(n):
    for i in range(n):
        a = alpha
        b = beta
        c = gamma
        d = delta
    return a + b + c + d


print(run(6000000))
