# chapter: 4
# python: 3.13+
# sys.intern gives one str for each text.  In CPython 3.13 a str that
# sys.intern put in the table stays mortal: its count is a real count,
# and the table's own references do not count (3.12 made it immortal).
import sys

a = sys.intern("".join(["inter", "ned!"]))
b = sys.intern("".join(["inter", "ned!"]))
print("same object:", a is b)
print("its count:", sys.getrefcount(a))
c = b
print("one more name:", sys.getrefcount(a))
del b, c
print("two fewer:", sys.getrefcount(a))
first = "".join(["fir", "st!"])
print("interning returns the str itself, the first time:",
      sys.intern(first) is first, sys.getrefcount(first))
print("and a non-str is refused:")
sys.intern(5)
