# chapter: 3
# A __del__ reached only through a container, using a function, at exit:
# CPython finalizes the whole namespace before it clears any name.
def report(x):
    print("bye", x)
class A:
    def __del__(self):
        report(1)
items = [A()]
