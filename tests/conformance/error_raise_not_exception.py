# chapter: 1
# Only exceptions can be raised; anything else is a TypeError.
try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
try:
    try:
        raise ValueError("v")
    except "not a class":
        pass
except TypeError as e:
    print(e)
raise "text"
