#ifndef MINIPY_CELLOBJECT_H
#define MINIPY_CELLOBJECT_H

#include "object.h"

/* A variable of a function that a function nested in it reads: the
   frame's slot holds the cell, and so does the inner function's
   __closure__, so the value outlives the call (Objects/cellobject.c). */
typedef struct {
    PyObject_HEAD;
    PyObject *ob_ref; /* the value, or NULL: not bound yet, or deleted */
} PyCellObject;

extern PyTypeObject PyCell_Type;
#define PyCell_Check(op) Py_IS_TYPE(op, &PyCell_Type)

/* A cell holding value (a new reference of its own; NULL: empty). */
PyObject *PyCell_New(PyObject *value);

#endif
