# chapter: 1
# ulimit: -s 256
# A small stack alone: a simple script runs.
print(1)
