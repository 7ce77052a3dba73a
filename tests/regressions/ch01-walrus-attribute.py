# := binds a name only.
print((a.b := 1))
