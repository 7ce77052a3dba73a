# chapter: 1
# An exception re-raised by a bare raise keeps its traceback; the one
# printed at the end is the last raised.
def inner():
    raise ValueError("deep")


def middle():
    try:
        inner()
    except ValueError:
        print("seen, raised again")
        raise


try:
    middle()
except ValueError as e:
    caught = e


def again():
    raise caught


again()
