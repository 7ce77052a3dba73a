# chapter: 1
# Keyword arguments land in the parameter they name, whatever their order.
def describe(name, kind, legs):
    print(name, "is a", kind, "with", legs, "legs")


describe("Rex", "dog", 4)
describe(kind="bird", legs=2, name="Tweety")
describe("Nemo", legs=0, kind="fish")
describe("Spider", "arachnid", legs=8)


def pair(a, b):
    return (a, b)


print(pair(b=1, a=2), pair(1, b=2))
print(pair(b=[1], a=[2]))
