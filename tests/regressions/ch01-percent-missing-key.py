# chapter: 1
# %(key)s with a dict that lacks the key: its KeyError.
print("%(name)s is %(age)d" % {"name": "minipy"})
