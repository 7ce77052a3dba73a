print(f"{)}")
