# chapter: 1
# How repr picks quotes and escapes characters inside strings.
print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\there"), repr("new\nline"), repr("back\\slash"))
print(repr("\x00\x01\x1f\x7f"), repr("\r"))
print(repr("caf\u00e9"), repr("\u2028"), repr("snow\u2603man"))
print(["it's", 'q"uote', "\n"])
print("it's", 'q"uote')
s = "multi\
line"
print(s, repr(r"raw\n"), len(r"\n"))
print("""triple
quoted""")
print("adjacent " "strings " 'joined')
print("\101\x42\u0043")
