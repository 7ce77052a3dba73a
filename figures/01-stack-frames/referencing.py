# "Referencing an object": two names, one object; then the name moves on
# and the object is left with no name at all.
# figures: every line
a = [1, 2, 3]
b = a
# figure: two-names-one-list
b.append(4)
a = "something else"
b = None
# figure: list-left-behind
