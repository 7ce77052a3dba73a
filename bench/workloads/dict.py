# A dict of 200,000 string keys, filled, then read back.
table = {}
for i in range(200000):
    table["key" + str(i)] = i
total = 0
for i in range(200000):
    total = total + table["key" + str(i)]
print(len(table), total)
