# The tutorials' a = [1, 2, 3]; b = a; del a; del b, drawn from a real run:
# each name is one reference; the last one's going frees the list.
a = [1, 2, 3]
b = a
# figure: two-references
del a
# figure: after-del-a
del b
# figure: after-del-b
