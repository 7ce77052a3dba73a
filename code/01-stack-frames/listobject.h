#ifndef MINIPY_LISTOBJECT_H
#define MINIPY_LISTOBJECT_H

#include "object.h"

/* A list: a header and, apart from it, an array of references that grows
   with room to spare. */
typedef struct {
    PyObject_VAR_HEAD; /* ob_size: items in use */
    PyObject **ob_item;
    Py_ssize_t allocated; /* slots in ob_item */
} PyListObject;

extern PyTypeObject PyList_Type;
#define PyList_Check(op)       Py_IS_TYPE(op, &PyList_Type)
#define PyList_GET_ITEM(op, i) (((PyListObject *)(op))->ob_item[i])
/* Store into a fresh list's empty slot: the list takes the reference. */
#define PyList_SET_ITEM(op, i, v) (((PyListObject *)(op))->ob_item[i] = (v))

PyObject *PyList_New(Py_ssize_t size); /* slots start empty (NULL) */
int PyList_Append(PyObject *list, PyObject *item);
PyObject *_PyList_FromIterable(PyObject *iterable);
/* Append each item of iterable to list (LIST_EXTEND, list.extend). */
int _PyList_Extend(PyObject *list, PyObject *iterable);
/* list.sort(): 0, or -1 with the error set.  keyfunc may be NULL. */
int _PyList_Sort(PyObject *list, PyObject *keyfunc, bool reverse);

extern PyTypeObject PyListRevIter_Type; /* reversed(list) */

#endif
