print(f'abc
