# chapter: 1
# Floor division and modulo round toward minus infinity, as in Python.
for a in [7, -7]:
    for b in [2, -2]:
        print(a, b, a // b, a % b)
print(0 // 5, 0 % 5, 1 // 1, -1 % 3, 5 % -3)
print(9223372036854775807 // 2, -9223372036854775807 // 10)
print(-(-5), --5, -+5, +-5)
print(2 * 3 + 4 - 10 // 3 % 2)
print("%" in "50%")
