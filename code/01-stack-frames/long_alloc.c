/* Making an int: every int a computation or a literal produces is made
   here (chapter 4 adds the cache of small ones). */
#include "longobject.h"

/* Every int is a new object. */
PyObject *
PyLong_FromLong(int64_t value)
{
    PyLongObject *op = PyObject_New(PyLongObject, &PyLong_Type);
    if (op == NULL)
        return NULL;
    op->ob_ival = value;
    return (PyObject *)op;
}
