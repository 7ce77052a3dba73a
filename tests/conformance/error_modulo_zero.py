# chapter: 1
# Modulo by zero is a ZeroDivisionError too.
x = 5
print(x)
print(x % 0)
