# chapter: 1
# python: 3.13+
# Exceptions are objects of classes: classes deriving Exception work as
# the built-in ones do, with their own __init__, attributes and methods.
class AppError(Exception):
    pass


class NotFound(AppError, ):
    def __init__(self, name):
        self.name = name

    def describe(self):
        return "no " + self.name


class WithArgs(ValueError):
    def __init__(self, code, text):
        ValueError.__init__(self, text)
        self.code = code


try:
    raise NotFound("file")
except AppError as e:
    print(type(e).__name__, e.name, e.describe(), e.args, str(e), repr(e))
    print(isinstance(e, NotFound), isinstance(e, Exception), vars(e))
try:
    raise WithArgs(404, "missing")
except ValueError as e:
    print(e.code, e.args, str(e), repr(e))
try:
    raise AppError
except AppError as e:
    print(repr(e), e.args, type(e) is AppError)
try:
    raise AppError("a", "b")
except Exception as e:
    print(str(e), repr(e))
err = NotFound("x")
print(err.args, err.name)
err.args = ("changed",)
print(err.args, str(err))
print(issubclass(NotFound, AppError), issubclass(AppError, Exception))
print(issubclass(WithArgs, (KeyError, ValueError)), AppError.__name__)


class Outer:
    class Inner(LookupError):
        pass


try:
    raise Outer.Inner("nested")
except LookupError as e:
    print(type(e).__name__, e)
caught = []
for cls in [NotFound, WithArgs, AppError, KeyError]:
    try:
        if cls is NotFound:
            raise cls("n")
        if cls is WithArgs:
            raise cls(1, "w")
        raise cls("other")
    except (NotFound, KeyError) as e:
        caught.append("specific " + type(e).__name__)
    except Exception as e:
        caught.append("general " + type(e).__name__)
print(caught)


class Silent(Exception):
    def __init__(self):
        pass


s = Silent()
print(s.args, repr(s))
try:
    raise Silent()
except Silent as e:
    print("silent", e.args)
