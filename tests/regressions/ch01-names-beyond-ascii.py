# Names are Unicode identifiers, as in CPython.
अ = 1
אב = 2
กข = 3
x·y = 4
print(अ + אב + กข + x·y)
