# chapter: 1
# An error raised in a handler replaces the one handled; the handler's
# exception is printed.
def parse(text):
    try:
        return int(text)
    except ValueError:
        return undefined_fallback


print(parse("12"))
print(parse("twelve"))
