/* Making a tuple of a given size, its items to be filled in.  The empty
   tuple exists once, immortal, as in CPython 3.12+ (a static object
   there; ours is made the first time it is asked for). */
#include "tupleobject.h"

#include "caches.h"

static PyObject *empty_tuple;

static PyObject *
new_tuple(Py_ssize_t size)
{
    PyTupleObject *op = PyObject_NewVar(PyTupleObject, &PyTuple_Type, size);
    if (op == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < size; i++)
        op->ob_item[i] = NULL;
    return (PyObject *)op;
}

PyObject *
PyTuple_New(Py_ssize_t size)
{
    if (size != 0)
        return new_tuple(size);
    if (empty_tuple == NULL && (empty_tuple = new_tuple(0)) != NULL)
        _Py_SetImmortal(empty_tuple);
    return empty_tuple;
}

void
_PyTuple_Fini(void)
{
    if (empty_tuple != NULL)
        PyObject_Del(empty_tuple);
    empty_tuple = NULL;
}
