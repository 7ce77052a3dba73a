# chapter: 1
# python: 3.13+
# ** on ints, the bitwise operators & | ^ ~ << >>, their precedence and
# their augmented assignments; & | ^ of two bools is a bool; d | e
# merges dicts.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2, 2 ** 3 ** 2, (-2) ** 63)
print(10 ** 18, 3 ** 39, 7 ** 1, (-1) ** 1001, pow(2, 10), pow(3, 0))
print(pow(2, 10, 1000), pow(2, -1, 7), pow(3, 4, -5), pow(-3, 3, 7), pow(2, 64, 3))
print(pow(base=2, exp=3, mod=5), pow(2, exp=5), pow(True, 2))
print(1 << 3, 1 << 62, -1 << 63, 0 << 100, 5 >> 0, -5 >> 1, -5 >> 100, 5 >> 100)
print(5 & 3, 5 | 3, 5 ^ 3, -5 & 3, -5 | 3, -5 ^ 3, ~5, ~-1, ~0, ~(2 ** 62))
print(True & False, True | False, True ^ True, False ^ False, True & 3, 1 & True)
print(type(True | False), type(True ^ 2), True << 1, True >> 1)
print(1 + 2 << 3, 1 << 2 + 3, 6 & 3 | 8, 6 | 3 & 8, 6 ^ 3 & 1, 1 | 2 ^ 3 & 4)
print(-3 ** 2, ~2 ** 2, (~2) ** 2, 2 ** -~1, 2 * 3 ** 2, -2 ** 2 ** 2)
print(1 < 2 | 4, 3 & 1 == 1, (3 & 1) == 1, 7 >> 1 << 1, 2 ** 2 * 3 // 4 % 5)
print(9223372036854775807 >> 62, -9223372036854775807 - 1 >> 63, 0xFF & 0x0F)
x = 5
x **= 2
print(x)
x <<= 2
print(x)
x >>= 1
print(x)
x &= 0xF
print(x)
x |= 0x30
print(x)
x ^= 1
print(x)
flags = [0]
flags[0] |= 4
flags[0] |= 1
flags[0] &= ~4
print(flags)


class Box:
    bits = 1


box = Box()
box.bits <<= 4
box.bits ^= 0xFF
print(box.bits)
d = {1: 2}
e = d
print(d | {3: 4}, {1: 2} | {1: 3}, d is e)
d |= {3: 4}
d |= [(5, 6)]
print(d, e is d)
merged = d | {}
print(merged == d, merged is d)
