# chapter: 1
# break leaves the innermost loop; continue skips to its next round.
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print(i)
n = 0
while True:
    n += 1
    if n < 3:
        continue
    if n == 5:
        break
    print("n", n)
for a in range(3):
    for b in range(3):
        if b == a:
            break
        print(a, b)
