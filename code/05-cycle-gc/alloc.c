/* Making objects and giving their memory back.  A container, an object
   whose type has a tp_traverse, gets a PyGC_Head in front of it, in the
   same block, and joins the youngest generation (gc.c).  A list, a dict
   or a small tuple comes from its freelist when it has one, and goes
   back to it (freelist.c). */
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
new_object(PyTypeObject *type, size_t size, Py_ssize_t nitems)
{
    PyObject *op = _PyFreeList_Pop(type, nitems);
    if (op != NULL) {
        _Py_NewReference(op);
        _PyObject_GC_Track(op); /* not counted: no new memory */
        return op;
    }
    size_t pre = gc_header_size(type);
    char *memory = PyObject_Malloc(pre + size);
    if (memory == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    op = (PyObject *)(memory + pre);
    op->ob_type = type;
    _Py_NewReference(op);
    if (pre != 0)
        _PyObject_GC_Link(op);
    return op;
}

PyObject *
_PyObject_New(PyTypeObject *type)
{
    return new_object(type, type->tp_basicsize, 0);
}

PyVarObject *
_PyObject_NewVar(PyTypeObject *type, Py_ssize_t nitems)
{
    size_t size = type->tp_basicsize + (size_t)nitems * type->tp_itemsize;
    PyVarObject *op = (PyVarObject *)new_object(type, size, nitems);
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
        _PyObject_GC_Untrack(op);
        if (_PyFreeList_Push(op))
            return;
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
