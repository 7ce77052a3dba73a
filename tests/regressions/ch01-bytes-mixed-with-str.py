# A bytes literal and a str literal are not one string.
x = b"a" "b"
