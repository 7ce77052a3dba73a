# chapter: 1
# sigint: ready
# Ctrl-C while building reprs of a big list, over and over.
a = [[1, "two", (3,)]] * 1000
print("ready", flush=True)
while True:
    s = repr(a)
