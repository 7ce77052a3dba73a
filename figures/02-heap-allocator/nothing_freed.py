# Chapter 2 frees nothing: each new list bound to x leaves the one
# before it behind, unreachable but still in memory, a line at a time.
# figures: every line
x = [1]
x = [2]
x = [3]
# figure: three-lists-kept
