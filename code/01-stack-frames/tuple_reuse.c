/* The tuple an iterator hands out at each step (enumerate, zip, a dict's
   items) is refilled and handed out again when the iterator holds the
   only reference to it: the script let go of the last one.  CPython
   does the same (enum_next in Objects/enumobject.c, zip_next in
   Python/bltinmodule.c, dictiter_iternextitem in Objects/dictobject.c,
   3.13), so a loop over d.items() makes one tuple, not one per item.
   Until chapter 3 counts references, nobody knows it is free: each
   step makes a new tuple. */
#include "tupleobject.h"

/* May the iterator refill result and hand it out again? */
bool
_PyTuple_Reclaim(PyObject *result)
{
    return _PyObject_IsUniquelyReferenced(result);
}
