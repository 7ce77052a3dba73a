/* The tuple an iterator hands out at each step (enumerate, zip, a dict's
   items) is refilled and handed out again when the iterator holds the
   only reference to it (CPython's enum_next, zip_next and
   dictiter_iternextitem, 3.13).  A collection may have stopped tracking
   it while it held only ints and strs; refilled, it may hold anything,
   so it is tracked again (bpo-42536). */
#include "gc.h"
#include "tupleobject.h"

/* May the iterator refill result and hand it out again? */
bool
_PyTuple_Reclaim(PyObject *result)
{
    if (!_PyObject_IsUniquelyReferenced(result))
        return false;
    if (!_PyObject_GC_IS_TRACKED(result))
        _PyObject_GC_Track(result);
    return true;
}
