# chapter: 1
# ulimit: -v 500000 -s 256
# A small stack: a simple script still runs.
print(1)
