# One constant 500 for the whole file: the module's name and the
# function's local both refer to it.
a = 500


def f():
    x = 500
    # figure: merged-constant
    return x


f()
