# chapter: 5
# python: 3.13+
# gc functions say which arguments they take as CPython's do.
import gc

gc.collect(gen=0)
