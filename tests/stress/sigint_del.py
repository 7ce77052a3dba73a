# chapter: 3
# sigint: ready
# Ctrl-C while a __del__ runs: the KeyboardInterrupt is reported as
# ignored, as any exception in __del__ is, and the script goes on.
class A:
    def __del__(self):
        print("ready", flush=True)
        i = 0
        while i < 30000000:
            i += 1
        print("not reached")
a = A()
a = None
print("after")
