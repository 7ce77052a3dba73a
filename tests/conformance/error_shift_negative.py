# chapter: 1
# A shift by a negative count is a ValueError.
n = 8
print(n << 1, n >> 1, n >> 10)
print(n << -1)
