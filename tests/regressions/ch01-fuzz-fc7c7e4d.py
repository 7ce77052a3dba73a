# chapter: 1
# Found by make fuzz-ch02 and fuzz-ch03 (UBSan): an AttributeError on an
# object with no attributes to suggest from; the suggestion code sorted
# an empty, NULL list of candidates with qsort.
def f():r
f.s
