# chapter: 1
# python: 3.12+
# An escape Python does not know keeps its backslash ("\q" is two
# characters), and since 3.12 the parser warns, once a literal, naming
# the first: a SyntaxWarning on stderr before the program runs (3.6 to
# 3.11 warned with a DeprecationWarning, hidden by default).  An octal
# escape above \377 warns too.  The runner compares the last line of
# stderr; tests/01-stack-frames/test_compile.c compares all of it.
s = "a\qb\wc"
print(s, len(s))
print("\d+", r"\d+", "\400" == "\u0100")
print(f"\q{1}", "ok" "\z")
