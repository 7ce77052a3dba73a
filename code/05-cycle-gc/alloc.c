/* Making objects and giving their memory back.  A container, an object
   whose type has a tp_traverse, gets a PyGC_Head in front of it, in the
   same block, and joins the youngest generation (gc.c). */
#include "gc.h"

#include "errors.h"
#include "interp.h"
#include "pymem.h"

/* A type object's own header depends on the object, not on its type:
   the static builtin types have none.  New types are always heap
   types. */
static size_t
gc_header_size(PyTypeObject *type)
{
    return type->tp_traverse != NULL ? sizeof(PyGC_Head) : 0;
}

static PyObject *
new_object(PyTypeObject *type, size_t size)
{
    size_t pre = gc_header_size(type);
    char *memory = PyObject_Malloc(pre + size);
    if (memory == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    PyObject *op = (PyObject *)(memory + pre);
    op->ob_type = type;
    _Py_NewReference(op);
    if (pre != 0)
        _PyObject_GC_Link(op);
    return op;
}

PyObject *
_PyObject_New(PyTypeObject *type)
{
    return new_object(type, type->tp_basicsize);
}

PyVarObject *
_PyObject_NewVar(PyTypeObject *type, Py_ssize_t nitems)
{
    size_t size = type->tp_basicsize + (size_t)nitems * type->tp_itemsize;
    PyVarObject *op = (PyVarObject *)new_object(type, size);
    if (op != NULL)
        op->ob_size = nitems;
    return op;
}

/* Give an object's memory back; its type's tp_dealloc calls this last. */
void
PyObject_Del(PyObject *op)
{
    _Py_ForgetReference(op);
    if (_PyObject_IS_GC(op)) {
        _PyObject_GC_Unlink(op);
        PyObject_Free(_Py_AS_GC(op));
    } else {
        PyObject_Free(op);
    }
}

void
_PyObject_SetDeallocObserver(dealloc_observer fn, void *ctx)
{
    interp.dealloc_observer = fn;
    interp.dealloc_observer_ctx = ctx;
}
