#ifndef MINIPY_ITEROBJECT_H
#define MINIPY_ITEROBJECT_H

#include "object.h"

/* The iterator a for loop gets from a list, a tuple or a str: the
   sequence and the position reached. */
typedef struct {
    PyObject_HEAD;
    Py_ssize_t index;
    PyObject *seq; /* NULL once exhausted */
} PySeqIterObject;

extern PyTypeObject PySeqIter_Type; /* a list's: list_iterator */
extern PyTypeObject PyTupleIter_Type, PyStrAsciiIter_Type, PyStrIter_Type;
PyObject *_PySeqIter_New(PyObject *seq);
/* Over any object with __getitem__: obj[0], obj[1], ... ("iterator"). */
extern PyTypeObject PyGetItemIter_Type;
PyObject *_PyGetItemIter_New(PyObject *seq);

/* iter(callable, sentinel) */
extern PyTypeObject PyCallIter_Type;
PyObject *PyCallIter_New(PyObject *callable, PyObject *sentinel);

#endif
