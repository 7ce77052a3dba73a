# chapter: 1
# A misspelt global, among the module's names.
counter = 1
print(countr)
