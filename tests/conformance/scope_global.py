# chapter: 1
# global: assignment inside a function rebinds the module's name.
counter = 0
items = []


def bump():
    global counter
    counter = counter + 1


def bump_local():
    counter = 100
    return counter


def append_only():
    items.append(len(items))


bump()
bump()
print(counter, bump_local(), counter)
append_only()
append_only()
print(items)


def make_new_global():
    global created
    created = "made in a function"


make_new_global()
print(created)
