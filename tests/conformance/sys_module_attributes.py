# chapter: 1
# What a module's attributes say when minipy lacks one CPython 3.13 has
# (NotImplementedError, naming it) and when CPython lacks it too
# (AttributeError, in CPython's words).  Setting and deleting work as in
# CPython; hasattr and getattr with a default catch AttributeError only.
import sys
import time

for module, name in [(sys, "nope"), (time, "nope"), (sys, "getsizeof"),
                     (sys, "maxsize"), (sys, "exit")]:
    try:
        print(name, getattr(module, name) is not None)
    except AttributeError as e:
        print("AttributeError:", e)
print(hasattr(sys, "nope"), getattr(sys, "nope", "default"))
sys.nope = 1
print(sys.nope, hasattr(sys, "nope"))
del sys.nope
try:
    del sys.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    sys.nope
except AttributeError as e:
    print("AttributeError:", e)
print(sys.maxsize == 9223372036854775807, sys.byteorder, sys.platform)
