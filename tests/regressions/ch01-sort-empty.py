# sorting an empty list is no error, with or without a key: the key is
# not called (found while measuring sys.getsizeof(sorted(range(0))))
def key(x):
    print("called")
    return x


print(sorted([]), sorted(range(0)), sorted([], key=key, reverse=True))
l = []
l.sort()
l.sort(key=key)
print(l, sorted([3], key=key))
