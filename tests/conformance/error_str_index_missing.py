# chapter: 1
# str.index is str.find that fails: ValueError where find says -1.
print("hello".find("z"), "hello".index("l"))
print("hello".index("z"))
