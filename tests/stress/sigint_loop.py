# chapter: 1
# sigint: ready
# Ctrl-C during a loop.
print("ready", flush=True)
i = 0
while True:
    i += 1
