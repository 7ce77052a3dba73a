# chapter: 1
# LEGB: a local shadows a global, which shadows a builtin.
len = "global len"
x = "global x"


def local_shadows():
    x = "local x"
    return x


def sees_global():
    return x


def builtin_shadowed():
    return len


print(local_shadows(), sees_global(), builtin_shadowed())
del len
print(len([1, 2, 3]))


def local_len():
    len = "local len"
    return len


print(local_len(), len("abc"))
print(x)
