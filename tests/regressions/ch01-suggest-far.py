# chapter: 1
# A name too far from every other gets no suggestion.
print(qwertyuiop)
