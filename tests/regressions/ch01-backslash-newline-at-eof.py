print(1)\
