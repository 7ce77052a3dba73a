print(f"{!r}")
