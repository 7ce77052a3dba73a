# chapter: 1
# sigint: ready
# Ctrl-C while calling functions in a loop.
def g(x):
    return [x, x]
print("ready", flush=True)
while True:
    g(1)
    len([1, 2])
