# chapter: 1
# Iterating the end of a range near the top of 64 bits.
for i in range(9223372036854775804, 9223372036854775807):
    print(i)
for i in range(-9223372036854775805, -9223372036854775808, -1):
    print(i)
