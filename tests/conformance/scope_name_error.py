# chapter: 1
# Reading a name bound nowhere is a NameError; output before it is kept.
def use():
    return undefined_name + 1


print("start")
print(use())
print("never printed")
