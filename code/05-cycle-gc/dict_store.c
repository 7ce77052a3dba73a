/* Making a dict, copying one, and storing into one.  A new dict is not
   tracked by the collector: a dict of ints and strs can be in no cycle.
   It is tracked from the first store of anything that could be
   (CPython's MAINTAIN_TRACKING, Objects/dictobject.c, v3.13.0), and a
   copy is tracked if its original is (PyDict_Copy there). */
#include "dictobject.h"

#include "gc.h"

PyObject *
PyDict_New(void)
{
    PyDictObject *op = PyObject_New(PyDictObject, &PyDict_Type);
    if (op == NULL)
        return NULL;
    dicttable_init(&op->table);
    op->embedded_in = NULL;
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

PyObject *
PyDict_Copy(PyObject *dict)
{
    PyObject *copy = PyDict_New(), *key, *value;
    Py_ssize_t pos = 0;
    if (copy != NULL && _PyDict_PresizeMerge(copy, dict, true) < 0)
        Py_CLEAR(copy);
    while (copy != NULL && PyDict_Next(dict, &pos, &key, &value))
        if (PyDict_SetItem(copy, key, value) < 0)
            Py_CLEAR(copy);
    if (copy != NULL && _PyObject_GC_IS_TRACKED(dict))
        _PyObject_GC_Track(copy);
    return copy;
}
