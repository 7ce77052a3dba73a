#ifndef MINIPY_CLASSOBJECT_H
#define MINIPY_CLASSOBJECT_H

#include "dictobject.h"

/* A class made by a class statement is a type allocated on the heap. */
typedef struct {
    PyTypeObject ht_type;
    PyObject *ht_name;
    PyObject *ht_qualname;
} PyHeapTypeObject;

/* An instance of such a class.  Its attributes live in a table inside
   the object: since 3.11 CPython, too, stores them without a separate
   dict object unless one is asked for. */
typedef struct {
    PyObject_HEAD;
    DictTable attrs;
    bool finalized; /* its __del__ has run: it never runs twice (PEP 442) */
} PyInstanceObject;

#define PyType_Check(op) PyType_IsSubtype(Py_TYPE(op), &PyType_Type)
#define PyInstance_Check(op)                                                   \
    ((Py_TYPE(op)->tp_flags & Py_TPFLAGS_HEAPTYPE) != 0)

PyObject *_PyType_FromClassBody(PyObject *name, PyObject *qualname,
                                PyTypeObject *base, PyObject *namespace);
int PyType_Ready(PyTypeObject *type);
void _PyType_Fini(PyTypeObject *type);
void _PyInstance_Finalize(PyObject *self);

#endif
