class Outer:
 class Problem(LookupError):
    def __init__(self,hat, code): self.c = code 
try:  Outer.Problem("h ", 1)
except e:  p