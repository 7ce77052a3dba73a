/* Reference counting: a new object starts with one reference, and the
   object whose count drops to zero is freed at once. */
#include "object.h"

#include "interp.h"
#include "longobject.h"
#include "pymem.h"
#include "sysmodule.h"

void
_Py_NewReference(PyObject *op)
{
    op->ob_refcnt = 1; /* the reference its maker returns */
    interp.live_objects++;
    if (_Py_tracing_refs)
        trace_printf("[alloc] %s at %p: count 1\n", Py_TYPE(op)->tp_name,
                     (void *)op);
}

void
_Py_ForgetReference(PyObject *op)
{
    if (_Py_tracing_refs)
        _Py_TraceObject("free", op, "");
    interp.live_objects--;
}

/* Freeing an object drops its references, which may free more objects,
   recursively: a list nested 200,000 deep would overflow the C stack.
   Past TRASHCAN_DEPTH nested deallocations an object goes on the trash
   stack instead, to be freed when the outermost deallocation is done
   (CPython's "trashcan", Include/cpython/object.h). */
#define TRASHCAN_DEPTH 50

static void
dealloc_now(ObjectState *st, PyObject *op)
{
    if (interp.dealloc_observer != NULL)
        interp.dealloc_observer(op, interp.dealloc_observer_ctx);
    st->dealloc_depth++;
    Py_TYPE(op)->tp_dealloc(op);
    st->dealloc_depth--;
}

static bool
defer_dealloc(ObjectState *st, PyObject *op)
{
    if (st->trash_len == st->trash_cap) {
        size_t cap = st->trash_cap ? 2 * st->trash_cap : 256;
        PyObject **grown = PyMem_RawRealloc(st->trash, cap * sizeof *grown);
        if (grown == NULL)
            return false; /* free it now, deep as it is */
        st->trash = grown;
        st->trash_cap = cap;
    }
    st->trash[st->trash_len++] = op;
    return true;
}

void
_Py_Dealloc(PyObject *op)
{
    ObjectState *st = &interp.objects;
    if (st->dealloc_depth >= TRASHCAN_DEPTH && defer_dealloc(st, op))
        return;
    dealloc_now(st, op);
    while (st->dealloc_depth == 0 && st->trash_len > 0)
        dealloc_now(st, st->trash[--st->trash_len]);
}

/* Counting has freed all it can by now. */
size_t
_PyObject_Fini(bool trace)
{
    ObjectState *st = &interp.objects;
    PyMem_RawFree(st->trash);
    st->trash = NULL;
    st->trash_len = st->trash_cap = 0;
    if (trace)
        trace_printf("[exit] %zu objects still alive after the teardown\n",
                     interp.live_objects);
    return interp.live_objects;
}

/* The object's reference count, counting the one its argument slot
   holds while the call runs: always one more than the script's own. */
PyObject *
_PySys_GetRefCount(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                   PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return PyLong_FromLong(Py_REFCNT(args[0]));
}
