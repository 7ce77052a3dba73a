# chapter: 1
# A width too big for memory ends at once in MemoryError, as CPython's
# one allocation of the result does, never after a long time of
# filling; a width past the largest str ends there as well.
for fmt in ["%999999999999d", "%-999999999999s", "%0999999999999x",
            "%.999999999999s", "%999999999999c", "%999999999999.3f",
            "%.2147483647x"]:
    try:
        print(len(fmt % 1))
    except MemoryError:
        print(fmt, "MemoryError")
    except (ValueError, OverflowError, TypeError) as e:
        print(fmt, type(e).__name__, e)
try:
    print(len("%*d" % (9223372036854775807, 1)))
except MemoryError:
    print("MemoryError")
print("%999999999999s" % "abc")
