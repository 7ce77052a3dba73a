# chapter: 1
# ulimit: -v 1000000
# A width, or tabs, too big for memory: CPython 3.13 asks for the whole
# result at once and fails (MemoryError); minipy takes the room for the
# whole result before it writes a character, and fails the same way at
# once, never after filling gigabytes one character at a time.
def check(label, f):
    try:
        print(label, len(f()))
    except MemoryError:
        print(label, "MemoryError")
    except OverflowError as e:
        print(label, "OverflowError:", e)


big = 10 ** 12
for label, f in [
        ("ljust", lambda: "a".ljust(big)),
        ("rjust", lambda: "a".rjust(big, "é")),
        ("center", lambda: "a".center(big, "😀")),
        ("zfill", lambda: "-1".zfill(big)),
        ("ljust 2**62", lambda: "a".ljust(2 ** 62)),
        ("rjust largest", lambda: "ab".rjust(9223372036854775807)),
        ("center largest", lambda: "".center(9223372036854775807, "😀")),
        ("zfill largest", lambda: "".zfill(9223372036854775807)),
        ("expandtabs", lambda: ("\t" * 500).expandtabs(2 ** 31 - 1)),
        ("expandtabs 2**31", lambda: "\t".expandtabs(2 ** 31)),
        ("fits", lambda: "a".center(1000, "é") + "\t".expandtabs(1000))]:
    check(label, f)
print("a".ljust(10 ** 5, "é")[-3:], "-7".zfill(10 ** 5)[:3])
