# A __future__ import must come first.
x = 1
from __future__ import annotations
