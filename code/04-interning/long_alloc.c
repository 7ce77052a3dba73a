/* Making an int.  The ints from -5 to 256 exist once, static and
   immortal: whatever computes one of them, a literal, arithmetic or
   int(), gets the shared object.  CPython's range is _PY_NSMALLNEGINTS
   and _PY_NSMALLPOSINTS, Include/internal/pycore_global_objects.h in
   v3.13.0. */
#include "longobject.h"

#define NSMALLNEGINTS 5   /* -5 .. -1 */
#define NSMALLPOSINTS 257 /* 0 .. 256 */

#define SMALL(v)                                                               \
    {                                                                          \
        PyObject_HEAD_INIT(&PyLong_Type), (v)                                  \
    }
#define SMALL4(v)  SMALL(v), SMALL(v + 1), SMALL(v + 2), SMALL(v + 3)
#define SMALL16(v) SMALL4(v), SMALL4(v + 4), SMALL4(v + 8), SMALL4(v + 12)
#define SMALL64(v) SMALL16(v), SMALL16(v + 16), SMALL16(v + 32), SMALL16(v + 48)

static PyLongObject small_ints[NSMALLNEGINTS + NSMALLPOSINTS] = {
    SMALL4(-5),   SMALL(-1),    SMALL64(0), SMALL64(64),
    SMALL64(128), SMALL64(192), SMALL(256),
};

_Static_assert(sizeof small_ints / sizeof *small_ints ==
                   NSMALLNEGINTS + NSMALLPOSINTS,
               "one small int for each value from -5 to 256");

PyObject *
PyLong_FromLong(int64_t value)
{
    if (value >= -NSMALLNEGINTS && value < NSMALLPOSINTS)
        return (PyObject *)&small_ints[value + NSMALLNEGINTS];
    PyLongObject *op = PyObject_New(PyLongObject, &PyLong_Type);
    if (op == NULL)
        return NULL;
    op->ob_ival = value;
    return (PyObject *)op;
}
