# chapter: 1
# python: 3.13
# sys.getsizeof gives what CPython 3.13 counts for an object on a 64-bit
# build: its __sizeof__, plus the 16-byte header the cycle collector
# keeps in front of a container (and, for an instance of a class, two
# pointers more).  Ints are 30-bit digits, strs are 1, 2 or 4 bytes a
# character, a list counts the slots it has allocated.
import sys


def show(label, obj):
    print(label, sys.getsizeof(obj), obj.__sizeof__())


print("-- ints and the singletons")
for n in [0, 1, -1, 255, 2**30 - 1, 2**30, -2**30, 2**60 - 1, 2**60,
          9223372036854775807, -9223372036854775807 - 1]:
    show(n, n)
show("True", True)
show("False", False)
show("None", None)
show("NotImplemented", NotImplemented)

print("-- strs: ASCII, Latin-1, UCS-2, UCS-4")
for s in ["", "a", "ab", "hello world", "a" * 100, "\xe9", "\xe9\xe9",
          "a\xe9", "\xff", "\u20ac", "\u20ac\u20ac", "a\u20ac",
          "\U0001f600", "\U0001f600\U0001f600", "a\U0001f600",
          "\xe9\u20ac\U0001f600"]:
    show(ascii(s), s)
word = "caf\xe9"
show("word[3]", word[3])
show("word[:3]", word[:3])
show("joined", "-".join(["a", "b"]))
show("chr(233)", chr(233))
show("chr(8364)", chr(8364))

print("-- lists")
show("[]", [])
show("[1, 2, 3]", [1, 2, 3])
show("list(range(10))", list(range(10)))
show("[0] * 10", [0] * 10)
show("comprehension", [i for i in range(10)])
show("list('abc')", list("abc"))
show("copy", [1, 2, 3].copy())
show("slice", list(range(10))[2:5])
grown = []
sizes = []
for i in range(40):
    sizes.append(sys.getsizeof(grown))
    grown.append(i)
print("append:", sizes)
sizes = []
while grown:
    grown.pop()
    sizes.append(sys.getsizeof(grown))
print("pop:", sizes)
l = [1, 2, 3]
l.clear()
show("cleared", l)
l = [1, 2, 3]
l.extend(range(20))
show("extended", l)
l.insert(0, 5)
show("inserted", l)
l = [1, 2] + [3]
show("concatenated", l)
l *= 3
show("repeated", l)

print("-- tuples")
show("()", ())
show("(1,)", (1,))
show("(1, 2, 3)", (1, 2, 3))
show("tuple(range(10))", tuple(range(10)))

print("-- range")
show("range(10)", range(10))
show("range(1, 2**40, 7)", range(1, 2**40, 7))
