# String concatenation in a function: s += piece, 100,000 times, s a
# local variable, which CPython 3.11+ (and chapter 4 on) grows in place.
def build(n):
    s = ""
    for i in range(n):
        s += "ab"
    return s


print(len(build(100000)))
