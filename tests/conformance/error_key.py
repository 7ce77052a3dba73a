# chapter: 1
# A missing dict key is a KeyError, exit status 1.
ages = {"ann": 30}
print(ages["ann"])
print(ages.get("bob"))
print(ages["bob"])
print("never printed")
