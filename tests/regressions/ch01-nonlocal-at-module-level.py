# nonlocal is only in a nested function.
nonlocal x
