# chapter: 1
# for over a list, a tuple, a range, a str and a dict.
for item in [1, "two", [3]]:
    print(item)
for item in (4, 5):
    print(item)
for i in range(3):
    print(i, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for ch in "héllo":
    print(ch, end="|")
print()
ages = {"ann": 30, "bob": 25}
for name in ages:
    print(name, ages[name])
for k, v in [("x", 1), ("y", 2)]:
    print(k, v)
print(i, ch, name)
