# chapter: 1
# A misspelt builtin: CPython's traceback adds the nearest name.
prnt("hello")
