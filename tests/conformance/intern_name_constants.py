# chapter: 4
# python: 3.13
# What CPython 3.13's compiler does to the strs a file mentions.  Every
# name is interned and immortal (Objects/codeobject.c, intern_strings),
# so a constant that reads like a name the file uses is that very str.
# A constant used several times is one object (merged), held once by
# each code object's constants and once by the tree of the module: the
# other uses add nothing.  Two functions with the same constants share
# one tuple of them.  The names of builtins are immortal too.
import sys

x = "hello"
print("one use:", sys.getrefcount(x))
print("two more uses:", sys.getrefcount(x), "hello", "hello")
y = "hello"
print("a second name:", sys.getrefcount(x))


def f():
    return "hello"


def g():
    return "hello"


print("f and g share their constants:", sys.getrefcount(x))

spam = 1
s = "spam"
print("a name's str:", sys.getrefcount(s) == 2**32 - 1)
print("before its name is bound:", sys.getrefcount("eggs") == 2**32 - 1)
eggs = 2
print("a parameter's:", sys.getrefcount("param") == 2**32 - 1)


def h(param):
    return param


print("an attribute's:", sys.getrefcount("attrib") == 2**32 - 1)


class K:
    pass


k = K()
k.attrib = 1
print("a builtin's:", sys.getrefcount("print") == 2**32 - 1)
t = sys.intern("zz" + "top"[0:2] + "_name")
zzto_name = 3
print("sys.intern of a name:", sys.getrefcount(t) == 2**32 - 1)
u = sys.intern("zz" + "top"[0:2] + "_other")
print("sys.intern of no name:", sys.getrefcount(u))
print("str(True):", str(True) is str(True), repr(False) is "False"[:])
print("not a name:", sys.getrefcount("hel lo"), "hel lo", "hel lo")
