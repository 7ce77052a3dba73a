# chapter: 1
# The seeds' func(): a, b and c exist only while the call runs.
def func():
    a = 20
    b = []
    c = ""
    print(sorted_names(locals()))
    print(a, b, repr(c))


def sorted_names(d):
    names = []
    for k in d:
        names.append(k)
    return names


func()
print("a" in globals(), "b" in globals(), "c" in globals())
func()
