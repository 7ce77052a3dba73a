# chapter: 1
# %( without its closing parenthesis.
print("%(name" % {"name": 1})
