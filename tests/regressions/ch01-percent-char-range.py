# chapter: 1
# %c of an int past the last character.
print("%c" % 0x110000)
