# chapter: 4
# python: 3.13
# Displays whose items are constants keep a tuple of them in the code's
# constants (Python/compile.c and Python/ast_opt.c, v3.13.0): a dict of
# 2 to 15 items with constant keys is made from the values and a tuple
# of the keys (BUILD_CONST_KEY_MAP); a list of more than two constants
# is made empty and extended by a tuple of them; a list that a for loop,
# a comprehension or `in` walks is a tuple.  Each tuple holds one more
# reference to the strs in it, which the counts below show.
import sys

d = {"abcq": 1, "r": 2}
print("const-key dict:", sys.getrefcount("abcq"))
e = {"bcde": 1}
print("one item, no tuple:", sys.getrefcount("bcde"))
k = "r"
f = {"cdef": 1, k: 2}
print("a key not constant, no tuple:", sys.getrefcount("cdef"))
g = {"defg": 1, "r": 2, "defg": 3}
print("repeated key:", g, sys.getrefcount("defg"))
h = {"ef" + "gh": 1, "r": 2}
print("folded key:", h, sys.getrefcount("efgh"))


def make():
    return {"fghi": 1, "r": 2, "s": {"fghi": 3}}


one, two = make(), make()
print("nested, made twice:", sys.getrefcount("fghi"), one == two, one is two)

fifteen = {"ghij": 0, "a1": 1, "a2": 2, "a3": 3, "a4": 4, "a5": 5, "a6": 6,
           "a7": 7, "a8": 8, "a9": 9, "b0": 10, "b1": 11, "b2": 12, "b3": 13,
           "b4": 14}
print("15 items:", len(fifteen), sys.getrefcount("ghij"))
sixteen = {"hijk": 0, "a1": 1, "a2": 2, "a3": 3, "a4": 4, "a5": 5, "a6": 6,
           "a7": 7, "a8": 8, "a9": 9, "b0": 10, "b1": 11, "b2": 12, "b3": 13,
           "b4": 14, "b5": 15}
print("16 items, one by one:", len(sixteen), sys.getrefcount("hijk"))
nineteen = {"a0": 0, "a1": 1, "a2": 2, "a3": 3, "a4": 4, "a5": 5, "a6": 6,
            "a7": 7, "a8": 8, "a9": 9, "b0": 10, "b1": 11, "b2": 12, "b3": 13,
            "b4": 14, "b5": 15, "b6": 16, "ijkl": 17, "b8": 18, "b9": 19}
print("20 items, the last 3 from a tuple:", len(nineteen),
      sys.getrefcount("ijkl"), nineteen["ijkl"], list(nineteen)[-1])

two_items = ["jklm", "r"]
print("list of two:", sys.getrefcount("jklm"))
three = ["klmn", "r", "s"]
print("list of three:", sys.getrefcount("klmn"), three)
three.append("t")
print("still a list of its own:", three, ["klmn", "r", "s"])
print("in a list display:", "lmno" in ["lmno", "r"], sys.getrefcount("lmno"))
print("not in, last of a chain:", 1 < 2 not in [1, "mnop"],
      sys.getrefcount("mnop"))
for v in ["nopq", "r"]:
    pass
print("for over a list display:", v, sys.getrefcount("nopq"))
print("comprehension:", [w for w in ["opqr", 2]], sys.getrefcount("opqr"))


def keys():
    return {"pqrs": 1, "r": 2}


def items():
    return ["pqrs", "r", "s"]


print("one tuple for the module:", keys(), items(), {"pqrs": 3, "r": 4},
      sys.getrefcount("pqrs"))

# The first of equal constants the compiler adds is the one object: a
# display's tuple made before an equal literal is the literal's value.
first_list = [1001, 1002, 1003]
then_tuple = (1001, 1002, 1003)
print("display first:", sys.getrefcount(then_tuple))


def literal_first():
    return (2001, 2002, 2003)


then_list = [2001, 2002, 2003]
print("literal first:", sys.getrefcount(literal_first()))
pairs = [("qrst", "r"), ("qrst", "r"), 5]
print("a later equal tuple is left as it is:", sys.getrefcount("qrst"),
      pairs[0] is pairs[1])


def three_displays():
    return {"rstu": 1, "r": 2}, ["rstu", "r", "s"], ("rstu", "r")


print("keys, list, literal:", sys.getrefcount("rstu"),
      three_displays()[2] is three_displays()[2])
