# chapter: 1
# A misspelt method of a builtin type.
items = []
items.apend(1)
