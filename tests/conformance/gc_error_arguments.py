# chapter: 5
# A METH_NOARGS function of the gc module names itself with its module.
import gc

gc.get_count(0)
