# chapter: 4
# python: 3.12-3.13
# Immortal objects (PEP 683, CPython 3.12): their count is fixed at a
# value no real count reaches, 4294967295 on a 64-bit 3.12 or 3.13, and
# no reference added or dropped changes it.
import sys

print("None, True, False:", sys.getrefcount(None), sys.getrefcount(True),
      sys.getrefcount(False))
low = int("-5")
top = int("256")
print("small ints:", sys.getrefcount(low), sys.getrefcount(top))
h = "".join(["h"])
print("one-character str:", sys.getrefcount(h), sys.getrefcount(""))
print("empty tuple:", sys.getrefcount(()))
before = sys.getrefcount(None)
many = [None] * 50
names = [top, top, top, h, h]
print("after 50 more Nones:", sys.getrefcount(None) - before,
      sys.getrefcount(top), sys.getrefcount(h))
del many, names
print("after dropping them:", sys.getrefcount(None))
past = int("257")
print("257 is mortal:", sys.getrefcount(past))
word = "".join(["wo", "rd"])
print("a str made at run time is mortal:", sys.getrefcount(word))
