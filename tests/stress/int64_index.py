# chapter: 1
# Indexes at the edges of 64 bits.
a = [1, 2, 3]
print(a[-3])
print(a[-9223372036854775808])
