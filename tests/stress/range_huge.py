# chapter: 1
# A range whose length does not fit in 64 bits still indexes right.
r = range(-9223372036854775807, 9223372036854775807)
print(r[0], r[-1], r[9223372036854775806], r[-9223372036854775807])
print(9223372036854775806 in r, -9223372036854775807 in r)
print(len(r))
