# chapter: 1
# A __str__ that returns something else than a str.
class A:
    def __str__(self):
        return 1
print("%s" % A())
