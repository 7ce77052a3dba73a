# A statement may start with any operator an expression may.
x = 1
~x
-x
print(~x, -x)
