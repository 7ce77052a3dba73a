#ifndef MINIPY_TUPLEOBJECT_H
#define MINIPY_TUPLEOBJECT_H

#include "object.h"

/* A tuple: a fixed number of references, stored in the object itself. */
typedef struct {
    PyObject_VAR_HEAD;
    PyObject *ob_item[];
} PyTupleObject;

extern PyTypeObject PyTuple_Type;
#define PyTuple_Check(op)          Py_IS_TYPE(op, &PyTuple_Type)
#define PyTuple_GET_ITEM(op, i)    (((PyTupleObject *)(op))->ob_item[i])
#define PyTuple_SET_ITEM(op, i, v) (((PyTupleObject *)(op))->ob_item[i] = (v))

PyObject *PyTuple_New(Py_ssize_t size); /* slots start empty (NULL) */
PyObject *_PyTuple_FromArray(PyObject *const *items, Py_ssize_t n);
/* tuple_reuse.c: may an iterator refill the tuple it handed out last
   (its result) and hand it out again?  Only if nothing else holds it. */
bool _PyTuple_Reclaim(PyObject *result);
/* (a, b), both stolen, in result refilled if it may be, else new. */
PyObject *_PyTuple_Pair(PyObject *result, PyObject *a, PyObject *b);

#endif
