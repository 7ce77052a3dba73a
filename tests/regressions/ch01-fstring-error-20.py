print(f"{1:q}")
