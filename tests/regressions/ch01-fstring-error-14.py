print(f"{x:abc")
