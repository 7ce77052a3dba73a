# chapter: 1
# The suggestion survives a finally block and a re-raise.
def f():
    try:
        lenn([])
    finally:
        print("finally")
f()
