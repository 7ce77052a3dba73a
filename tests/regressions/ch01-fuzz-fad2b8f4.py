# chapter: 1
# Found by make fuzz-ch01 (a timeout): a width too big for memory.
# CPython's one allocation of the result fails at once (MemoryError);
# minipy's fill went on writing, one character at a time.
def check(value, spec):
    try:
        print(repr(spec), "->", repr(format(value, spec)))
    except Exception as e:
        print(repr(spec), "!", type(e).__name__ + ":", e)


for spec in ["", "999999999999", ">999999999999", "x^999999999999"]:
    check(1234, spec)
    check("abc", spec)
print(f"{'ab':{'<'}{10 ** 12}}" if False else "f-string too:")
try:
    print(len(f"{1:>999999999999}"))
except MemoryError:
    print("MemoryError")
