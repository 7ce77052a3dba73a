print(f"{x=y}")
