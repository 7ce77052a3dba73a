/* Making a dict, and storing into one.  A new dict is not tracked by the
   collector: a dict of ints and strs can be in no cycle.  It is tracked
   from the first store of anything that could be (CPython's
   MAINTAIN_TRACKING, Objects/dictobject.c, v3.13.0). */
#include "dictobject.h"

#include "gc.h"

PyObject *
PyDict_New(void)
{
    PyDictObject *op = PyObject_New(PyDictObject, &PyDict_Type);
    if (op == NULL)
        return NULL;
    dicttable_init(&op->table);
    _PyObject_GC_Untrack((PyObject *)op);
    return (PyObject *)op;
}

int
PyDict_SetItem(PyObject *dict, PyObject *key, PyObject *value)
{
    Py_hash_t hash = PyObject_Hash(key);
    if (hash == -1)
        return -1;
    if (!_PyObject_GC_IS_TRACKED(dict) &&
        (_PyObject_GC_MayBeTracked(key) || _PyObject_GC_MayBeTracked(value)))
        _PyObject_GC_Track(dict);
    return dicttable_set(&((PyDictObject *)dict)->table, key, hash, value);
}
