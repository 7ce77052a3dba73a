# chapter: 1
# sys.exit raises SystemExit, a BaseException: `except Exception` lets
# it through, `finally` runs on the way out, and uncaught it ends the
# program quietly with its code as the exit status.
import sys

print(issubclass(SystemExit, BaseException),
      issubclass(SystemExit, Exception))
for e in [SystemExit(), SystemExit(None), SystemExit(2), SystemExit("bye"),
          SystemExit(1, 2)]:
    print(repr(e), str(e), e.code, e.args)
try:
    sys.exit(2)
except SystemExit as e:
    print("caught", e.code, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("no argument:", e.code)
try:
    sys.exit((1, "two"))
except SystemExit as e:
    print("a tuple:", e.code, e.args)
try:
    sys.exit(SystemExit(9))
except SystemExit as e:
    print("an instance:", e.code)
try:
    try:
        sys.exit(4)
    except Exception:
        print("not here: SystemExit is no Exception")
except BaseException as e:
    print("BaseException catches it:", type(e).__name__)
e = SystemExit(5)
e.code = 6
print(e.code, e.args)
del e.code
print(e.code)


class Quit(SystemExit):
    def __init__(self):
        pass


print(Quit().code, Quit().args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)


def leave():
    try:
        sys.exit(5)  # not 3: tests/memcheck takes 3 for a leak
    finally:
        print("finally in the function")


try:
    leave()
finally:
    print("finally at the top")
print("not reached")
