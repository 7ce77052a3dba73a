# chapter: 1
# A \u escape cut short, after a non-ASCII character (counted as ten).
s = "é\u12"
