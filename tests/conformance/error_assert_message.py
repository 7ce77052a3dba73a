# chapter: 1
# assert: nothing when the test holds, else AssertionError with the
# message, which is evaluated only then.
def message():
    print("computing the message")
    return "it failed"


assert 1 + 1 == 2, message()
try:
    assert [], "empty"
except AssertionError as e:
    print("caught:", e, e.args)
assert "a" in "xyz", message()
