/* Making objects and giving their memory back: every object is made by
   these, so the allocator (chapter 2) and the bookkeeping (chapters 3
   and 5) change in one place. */
#include "object.h"

#include "errors.h"
#include "interp.h"
#include "pymem.h"

PyObject *
_PyObject_New(PyTypeObject *type)
{
    PyObject *op = PyObject_Malloc(type->tp_basicsize);
    if (op == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    op->ob_type = type;
    _Py_NewReference(op);
    return op;
}

PyVarObject *
_PyObject_NewVar(PyTypeObject *type, Py_ssize_t nitems)
{
    size_t size = type->tp_basicsize + (size_t)nitems * type->tp_itemsize;
    PyVarObject *op = PyObject_Malloc(size);
    if (op == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    op->ob_base.ob_type = type;
    op->ob_size = nitems;
    _Py_NewReference((PyObject *)op);
    return op;
}

/* Give an object's memory back; its type's tp_dealloc calls this last. */
void
PyObject_Del(PyObject *op)
{
    _Py_ForgetReference(op);
    PyObject_Free(op);
}

void
_PyObject_SetDeallocObserver(dealloc_observer fn, void *ctx)
{
    interp.dealloc_observer = fn;
    interp.dealloc_observer_ctx = ctx;
}
