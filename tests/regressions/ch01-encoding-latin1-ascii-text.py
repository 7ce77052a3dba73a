# -*- coding: latin-1 -*-
# An ASCII text reads the same in Latin-1 as in UTF-8.
print("cafe")
