# A float literal minipy lacks is read to its end, for its errors.
x = 1.5_
