# chapter: 1
# The edges of a 64-bit int, where CPython's answers still fit.
big = 9223372036854775807
small = -9223372036854775808
print(big, small, -big - 1 == small)
print(small // 1, small % 7, small % -1, big // -1, big % -3)
print(small + big, big - big, small - small)
print(repr(small), str(big), len(str(small)))
print(small < big, -(small + 1) == big)
print([1, 2, 3][small:big], [1, 2, 3][-big:], "abc"[big:], "abc"[:small])
print((1, 2, 3)[big:small:-1])
