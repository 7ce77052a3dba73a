# chapter: 1
# Found by make fuzz-ch02 and fuzz-ch03 (a timeout under ASan): a
# 780-million-character zero padding.  CPython fills it at once; minipy
# wrote the zeros one at a time, then a byte at a time.  The last line,
# a name left undefined, gets CPython's "Did you mean: 'id'?".
def check(value, e):
    try:((format(value, spec)))
    except :  (e)
for spec in ["0779999999"]: check(2, spec)
i
