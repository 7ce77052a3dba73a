# chapter: 1
# python: 3.13+
# A keyword argument a function does not take: 3.13 names the nearest
# of its parameters in the TypeError itself, for functions written in
# Python and in C; and the NameError and AttributeError of a lookup
# keep the name (and the object) they looked for.
def area(width, height=1):
    return width * height


for call in (lambda: area(1, heigth=2), lambda: area(widht=3),
             lambda: area(1, depth=2), lambda: pow(2, 3, mdo=5),
             lambda: print(1, sepp="-"), lambda: sorted([], revers=True),
             lambda: "a b".split(maxspilt=1), lambda: [].sort(kye=len),
             lambda: round(1, ndigit=2), lambda: int("1", bsae=2),
             lambda: sum([], strat=0), lambda: zip([], strick=True),
             lambda: max([1], defualt=0)):
    try:
        call()
    except TypeError as e:
        print(e)
try:
    undefined_name
except NameError as e:
    print(e.name)
items = [1]
try:
    items.apend
except AttributeError as e:
    print(e.name, e.obj is items)
