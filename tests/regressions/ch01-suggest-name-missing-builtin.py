# chapter: 1
# A misspelt builtin that minipy lacks: CPython's builtins are the candidates.
print(sett([1]))
