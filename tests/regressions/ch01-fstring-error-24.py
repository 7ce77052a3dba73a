print("{0.x}".format(1))
