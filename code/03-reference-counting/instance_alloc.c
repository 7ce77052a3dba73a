/* Making an instance and freeing it. */
#include "classobject.h"

/* An instance owns a reference to its class.  Its __del__, if the class
   has one, runs first (finalizer.c). */
void
_PyInstance_Dealloc(PyObject *self)
{
    if (!_PyInstance_FinalizeFromDealloc(self))
        return; /* resurrected */
    PyTypeObject *type = Py_TYPE(self);
    _PyInstance_Clear(self);
    PyObject_Del(self);
    Py_DECREF((PyObject *)type);
}

PyObject *
_PyInstance_New(PyTypeObject *type)
{
    PyInstanceObject *op = (PyInstanceObject *)_PyObject_New(type);
    if (op == NULL)
        return NULL;
    Py_INCREF((PyObject *)type);
    dicttable_init_small(&op->attrs, op->small);
    op->dict = NULL;
    op->dict_own = false;
    op->finalized = false;
    return (PyObject *)op;
}
