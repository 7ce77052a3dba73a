/* Making a dict, copying one, and storing into one: every dict is made
   here, and every store into one comes here (chapter 5 starts tracking
   a dict there, the first time it holds what could be part of a cycle,
   and a copy as its original is). */
#include "dictobject.h"

PyObject *
PyDict_New(void)
{
    PyDictObject *op = PyObject_New(PyDictObject, &PyDict_Type);
    if (op != NULL) {
        dicttable_init(&op->table);
        op->embedded_in = NULL;
    }
    return (PyObject *)op;
}

int
PyDict_SetItem(PyObject *dict, PyObject *key, PyObject *value)
{
    Py_hash_t hash = PyObject_Hash(key);
    if (hash == -1)
        return -1;
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
    return copy;
}
