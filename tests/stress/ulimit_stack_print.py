# chapter: 1
# ulimit: -s 256
# A small stack: a simple script still runs.
print(1)
