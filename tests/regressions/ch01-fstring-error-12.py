print(f"{(x}")
