# None, True and False, the small ints, the one-character strs and the
# empty tuple are immortal: their counts never change.  The other
# objects count their references as in chapter 3.
nothing = None
flags = [True, False, nothing]
small = 7
letter = "".join(["q"])
empty = ()
big = small * 1000
word = "".join(["wo", "rd"])
# figure: immortal-objects
