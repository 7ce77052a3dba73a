# A tight integer loop: an add, a compare and a jump, ten million times.
total = 0
i = 0
while i < 3000000:
    total = total + i
    i = i + 1
print(total)
