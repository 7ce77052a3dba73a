print("{} {1}".format(1, 2))
