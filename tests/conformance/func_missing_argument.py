# chapter: 1
# Calling with too few arguments is a TypeError; the output before it stays.
def area(width, height):
    return width * height


print(area(3, 4))
print(area(width=2, height=5))
print(area(3))
print("never printed")
