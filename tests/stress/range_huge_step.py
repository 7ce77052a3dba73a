# chapter: 1
# Huge ranges with steps, whose lengths fit.
r = range(-9223372036854775807, 9223372036854775807, 3)
print(len(r), r[-1], r[0], r[1])
s = range(9223372036854775807, -9223372036854775807, -2)
print(len(s), s[-1], s[len(s) - 1])
t = range(0, 9223372036854775807)
print(len(t), t[-1])
print(len(range(5, -9223372036854775807, -9223372036854775807)))
