/* Making a tuple of a given size, its items to be filled in. */
#include "tupleobject.h"

PyObject *
PyTuple_New(Py_ssize_t size)
{
    PyTupleObject *op = PyObject_NewVar(PyTupleObject, &PyTuple_Type, size);
    if (op == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < size; i++)
        op->ob_item[i] = NULL;
    return (PyObject *)op;
}
