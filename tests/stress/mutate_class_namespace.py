# chapter: 1
# Class attributes made while the class body iterates its own namespace.
class A:
    x = 1
    for k in locals():
        y = 2
