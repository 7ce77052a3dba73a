/* Where objects are kept track of.  In this chapter nothing is freed
   before the program ends: every object joins a chain when it is made,
   and at exit the chain is walked and each object released. */
#include "object.h"

#include "interp.h"

void
_Py_NewReference(PyObject *op)
{
    op->ob_next = interp.objects.all_objects;
    interp.objects.all_objects = op;
    interp.live_objects++;
}

void
_Py_ForgetReference(PyObject *op)
{
    (void)op; /* _PyObject_Fini unlinks it */
    interp.live_objects--;
}

void
_Py_Dealloc(PyObject *op)
{
    if (interp.dealloc_observer != NULL)
        interp.dealloc_observer(op, interp.dealloc_observer_ctx);
    Py_TYPE(op)->tp_dealloc(op);
}

/* Release every object still alive: all of them, since nothing is freed
   before.  Newest first, so an instance goes before its class. */
size_t
_PyObject_Fini(bool trace)
{
    size_t released = 0;
    while (interp.objects.all_objects != NULL) {
        PyObject *op = interp.objects.all_objects;
        interp.objects.all_objects = op->ob_next;
        _Py_Dealloc(op);
        released++;
    }
    if (trace)
        trace_printf("[exit] released %zu objects\n", released);
    return interp.live_objects;
}
