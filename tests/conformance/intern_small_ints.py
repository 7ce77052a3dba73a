# chapter: 4
# The small ints, -5 to 256, exist once each: every way of making one
# gives the same object.  Outside the range each computation makes a new
# int.  (No literal stands beside an `is`: CPython would warn.)
a = 10
b = 10
print("10 is 10:", a is b)
a = 200
top = 256
past = 257
print("a + 56 is 256:", a + 56 is top)
print("a + 57 is 257:", a + 57 is past)
print("a + 57 == 257:", a + 57 == past)
low = -5
print("-5 computed:", a - 205 is low)
below = a - 206
print("-6 computed twice:", below is a - 206, below == a - 206)
print("int() of '256':", int("256") is int(" 256 "), int("256") is top)
print("int() of '257':", int("257") is int("257"))
print("int() of '-5', '-6':", int("-5") is low, int("-6") is int("-6"))
one = a - 199
print("int(True):", int(True) is one)
s = "x" * 256
print("len():", len(s) is top, len(s + "x") is len(s + "x"))
print("//:", (a + 312) // 2 is top, (a + 314) // 2 is (a + 314) // 2)
print("range item:", range(300)[256] is top, range(300)[257] is range(300)[257])
print("list of range:", list(range(250, 260))[6] is top)
count = 0
for i in range(260):
    count = count + 1
print("counted to", count, "and 256 is shared:", count - 4 is top)
print("the loop's last i:", i is count - 1, i == count - 1)
t = (a + 56, a + 57)
print("items:", t[0] is top, t[1] is past)
