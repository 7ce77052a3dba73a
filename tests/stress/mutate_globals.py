# chapter: 1
# A new global made while iterating over globals().
for k in globals():
    newname = 1
