# chapter: 1
# Containers hold references: the same list seen from three places.
inner = [1]
outer = [inner, inner]
table = {"k": inner}
inner.append(2)
print(outer, table)
outer[0].append(3)
print(inner, table["k"])
outer[1] = [9]
print(outer, inner)
t = (inner, 5)
t[0].append(4)
print(t, inner)
