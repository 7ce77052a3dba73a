# chapter: 1
# A module used without importing it.
print(math.pi)
