# chapter: 1
# A \U escape past U+10FFFF.
s = "\U00110000"
