# chapter: 1
# list() asks the length first and makes room for it all, as CPython 3.13
# does (list_preallocate_exact): a length too big for memory is a
# MemoryError at once, and a class's __len__ is called.
try:
    r = list(range(10**12))
except MemoryError:
    print("MemoryError")
class L:
    def __len__(self):
        print("len asked")
        return 2
    def __iter__(self):
        return iter([1, 2, 3])
print(list(L()))
print(list(range(5)), list("abc"), list({1: 2}))
