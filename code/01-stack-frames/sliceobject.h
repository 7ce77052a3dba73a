#ifndef MINIPY_SLICEOBJECT_H
#define MINIPY_SLICEOBJECT_H

#include "object.h"

/* seq[start:stop:step] makes a slice object for the sequence to read. */
typedef struct {
    PyObject_HEAD;
    PyObject *start, *stop, *step; /* None when left out */
} PySliceObject;

extern PyTypeObject PySlice_Type;
#define _PySlice_Check(op) Py_IS_TYPE(op, &PySlice_Type)

PyObject *PySlice_New(PyObject *start, PyObject *stop, PyObject *step);
/* The positions a slice selects in a sequence of length n: the first, a
   stop, the step and how many.  -1 with an error for a bad slice. */
int _PySlice_Unpack(PyObject *slice, Py_ssize_t n, Py_ssize_t *start,
                    Py_ssize_t *stop, Py_ssize_t *step, Py_ssize_t *count);
/* A method's start or end argument (None too, where allowed): 0, or -1
   with a TypeError.  Then both as seq[start:end] would take them. */
int _PyEval_SliceIndex(PyObject *v, Py_ssize_t *out, bool allow_none);
void _PySlice_AdjustIndices(Py_ssize_t n, Py_ssize_t *start, Py_ssize_t *end);

#endif
