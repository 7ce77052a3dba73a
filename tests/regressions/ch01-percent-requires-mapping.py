# chapter: 1
# %(key)s needs a mapping on the right, not a tuple.
print("%(name)s" % ("minipy",))
