# The tutorials' "stack and heap" picture, redrawn from a real run: names on
# the left hold references; the objects live on the right.
var1 = [1, 2, 3]
var2 = "hello"
# figure: stack-and-heap


def make_list():
    local = [0] * 3
    # figure: local-variables
    return local


result = make_list()
# figure: returned-list
