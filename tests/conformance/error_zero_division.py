# chapter: 1
# ZeroDivisionError ends the script with status 1 after the output before it.
def ratio(a, b):
    return a // b


print(ratio(7, 2))
print(7 % 3)
print(ratio(1, 0))
print("never printed")
