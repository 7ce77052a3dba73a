# A million small lists, each built and dropped at once.
count = 0
for i in range(1000000):
    pair = [i, i + 1]
    count = count + len(pair)
print(count)
