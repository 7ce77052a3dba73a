print(f"}")
