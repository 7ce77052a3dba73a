# chapter: 1
# A misspelt local, among the function's bound locals.
def f():
    total = 0
    return totl
f()
