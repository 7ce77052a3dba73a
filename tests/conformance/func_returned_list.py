# chapter: 1
# An object made in a call outlives the call's frame, and is the same object.
kept = []


def make(n):
    result = [n] * n
    kept.append(result)
    return result


def same(obj):
    return obj


first = make(3)
print(first, first is kept[0])
second = make(2)
print(second, kept)
thing = [1, 2]
print(same(thing) is thing)
print(same(same(thing)) is thing)
print(make(1) is kept[2])
