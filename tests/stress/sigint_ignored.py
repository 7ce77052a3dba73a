# chapter: 1
# sigint: ready
# sigint-ignored: yes
# Started with SIGINT ignored (a shell's background job): Ctrl-C does
# nothing, as in CPython, and the loop runs to its end.
print("ready", flush=True)
i = 0
while i < 3000000:
    i += 1
print("done", i)
