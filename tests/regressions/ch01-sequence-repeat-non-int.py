# chapter: 1
# A sequence times something that is not an int: CPython's message names
# the other operand's type, whichever side the sequence is on, for * and
# *= alike; other operands keep "unsupported operand type(s)".
cases = [
    lambda: "a" * "b",
    lambda: [1] * "b",
    lambda: None * [1],
    lambda: (1,) * None,
    lambda: [1] * [2],
    lambda: {} * [1],
    lambda: 1 * None,
    lambda: {} * {},
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)
x = [1]
try:
    x *= "a"
except TypeError as e:
    print(e)
s = "ab"
try:
    s *= []
except TypeError as e:
    print(e)
print("ab" * 2, 2 * [0], (1,) * True)
"a" * "b"
