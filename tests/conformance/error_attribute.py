# chapter: 1
# Reading an attribute an object does not have is an AttributeError.
class Empty:
    pass


e = Empty()
e.set_later = 1
print(e.set_later)
print(e.missing)
print("never printed")
