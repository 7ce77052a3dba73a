#ifndef MINIPY_INSTANCEOBJECT_H
#define MINIPY_INSTANCEOBJECT_H

#include "dictobject.h"

/* An instance of a class made by a class statement.  Its attributes
   live in a table inside the object: since 3.11 CPython, too, stores
   them without a separate dict object unless one is asked for. */
typedef struct {
    PyObject_HEAD;
    DictTable attrs;
    PyObject *dict; /* NULL until __dict__ is asked for, then the attrs */
} PyInstanceObject;

#define PyInstance_Check(op)                                                   \
    ((Py_TYPE(op)->tp_flags & Py_TPFLAGS_HEAPTYPE) != 0)

#endif
