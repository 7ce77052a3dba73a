# chapter: 1
# At chapter 1's exit every object goes in one sweep, newest first: a
# dict made by obj.__dict__ (or by an exception's first attribute) goes
# before its instance, whose deallocator must not touch it (found by
# make fuzz-ch01 as a heap-use-after-free, ch01-fuzz-14d01b97.py).
class A:
    pass


a = A()
a.x = 1
d = a.__dict__
a.y = [2]
print(sorted(d), a.y)
e = ValueError("v")
e.note = 1
print(e.note)
