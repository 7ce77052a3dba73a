# chapter: 1
# Mutating a parameter's object is seen by the caller; rebinding it is not.
def mutate(items):
    items.append("added")


def rebind(items):
    items = ["replaced"]
    return items


def rebind_int(n):
    n = n + 1
    return n


data = ["original"]
mutate(data)
print(data)
result = rebind(data)
print(data, result)
k = 5
print(rebind_int(k), k)
d = {}


def fill(target, key, value):
    target[key] = value


fill(d, "a", 1)
fill(d, "b", [2])
print(d)
