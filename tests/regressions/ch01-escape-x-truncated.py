# chapter: 1
# A \x escape cut short: CPython names the codec and the byte positions.
print("ok")
s = "ab\x4g"
