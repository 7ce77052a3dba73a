# chapter: 1
# A range longer than 2**63 - 1: right items, OverflowError for len.
r = range(-9223372036854775807, 9223372036854775807)
print(r[-1], r[0], r[-9223372036854775807])
print(len(r))
