print(f"{x!r x}")
