# chapter: 1
# popitem on an empty dict: a KeyError whose message is the repr of a
# str, so it prints in quotes.
d = {"only": 1}
print(d.popitem(), d)
d.popitem()
