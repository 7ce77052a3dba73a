print(f"{1:.2}")
