# A bare * needs a keyword-only parameter after it.
def f(*):
    pass
