# chapter: 1
# Every object has __class__, its type: builtin objects, classes (whose
# class is type), functions, modules and exceptions as well as instances.
for x in (1, "a", [], (), {}, None, True, range(3), len, print, iter([]), zip(), type, object(), int):
    print(x.__class__, x.__class__.__name__, type(x) is x.__class__)
class A:
    pass
print(A().__class__, A.__class__)
def f():
    pass
print(f.__class__, (lambda: 0).__class__.__name__)
import sys
print(sys.__class__)
try:
    raise ValueError("x")
except ValueError as e:
    print(e.__class__, e.__class__.__name__)
