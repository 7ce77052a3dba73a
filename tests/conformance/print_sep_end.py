# chapter: 1
# print's sep and end keywords, and print with no arguments.
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" - continued")
print("x", "y", sep="-", end="!\n")
print()
print(1, [2], (3,), {4: 5}, None, True, sep=" | ")
print("", "", sep="")
print(sep="never shown", end="end\n")
print("a", "b", sep=None, end=None)
