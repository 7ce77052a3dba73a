# chapter: 1
# A name assigned anywhere in a function is local everywhere in it.
total = 10


def read_then_assign():
    print("before")
    print(total)
    total = 5


def fine():
    print(total)


fine()
read_then_assign()
print("never printed")
