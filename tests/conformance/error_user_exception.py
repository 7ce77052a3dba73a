# chapter: 1
# An uncaught exception of a class of the script's prints with the
# class's name (without __main__.) and its str().
class Outer:
    class Problem(LookupError):
        def __init__(self, what, code):
            self.code = code
            LookupError.__init__(self, what)


try:
    raise Outer.Problem("caught once", 1)
except LookupError as e:
    print(e, e.code, e.args)
raise Outer.Problem("not this time", 2)
