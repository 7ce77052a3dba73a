# chapter: 3
# An error in __del__ is printed by the unraisable hook, which adds no
# "Did you mean" (CPython's write_unraisable_exc_file); an uncaught one
# after it does.
class C:
    def __del__(self):
        frint("x")
c = C()
del c
prnt("end")
