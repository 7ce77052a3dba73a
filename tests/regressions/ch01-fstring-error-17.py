print(f"{x y}")
