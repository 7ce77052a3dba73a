#ifndef MINIPY_INSTANCEOBJECT_H
#define MINIPY_INSTANCEOBJECT_H

#include "dictobject.h"

/* An instance of a class made by a class statement.  Its attributes
   live in a table inside the object, its first five in the object's own
   memory block: since 3.11 CPython, too, stores them without a separate
   dict object unless one is asked for, in values inside the object. */
typedef struct {
    PyObject_HEAD;
    DictTable attrs;
    /* the attrs table while it is the smallest (dicttable_init_small),
       right after it: what a visit reads is in the first 128 bytes */
    _Alignas(DictEntry) unsigned char small[DICTTABLE_SMALL_BYTES];
    PyObject *dict; /* NULL until __dict__ is asked for, then the attrs */
    bool dict_own;  /* dict is the one __dict__ made: embedded_in this */
    bool finalized; /* its __del__ has run: it never runs twice (PEP 442) */
} PyInstanceObject;

#define PyInstance_Check(op)                                                   \
    ((Py_TYPE(op)->tp_flags & Py_TPFLAGS_HEAPTYPE) != 0)

/* finalizer.c */
bool _PyInstance_FinalizeFromDealloc(PyObject *self);
void _PyInstance_Finalize(PyObject *op);
void _PyInstance_FinalizeNamespace(PyObject *dict);

#endif
