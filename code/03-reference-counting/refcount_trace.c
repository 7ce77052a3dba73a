/* --trace for reference counts: each change of a count, each object
   made and freed, as a line of the trace. */
#include "object.h"

#include "interp.h"
#include "longobject.h"
#include "unicodeobject.h"

#include <inttypes.h>
#include <stdio.h>

/* --trace: an object as a line of the trace names it, without calling
   anything that could make or count a reference itself. */
bool _Py_tracing_refs;

/* A str short enough to show, with nothing in it to escape. */
static bool
plain_text(PyObject *op)
{
    const char *data = ((PyUnicodeObject *)op)->data;
    if (Py_SIZE(op) > 24)
        return false;
    for (Py_ssize_t i = 0; i < Py_SIZE(op); i++) {
        if (data[i] < ' ' || data[i] > '~' || data[i] == '\'' ||
            data[i] == '\\')
            return false;
    }
    return true;
}

void
_Py_TraceObject(const char *event, PyObject *op, const char *what)
{
    PyTypeObject *type = Py_TYPE(op);
    if (op == Py_None) {
        trace_printf("[%s] None%s\n", event, what);
    } else if (type == &PyLong_Type) {
        trace_printf("[%s] int %" PRId64 " at %p%s\n", event,
                     ((PyLongObject *)op)->ob_ival, (void *)op, what);
    } else if (type == &PyBool_Type) {
        trace_printf("[%s] %s%s\n", event, op == Py_True ? "True" : "False",
                     what);
    } else if (type == &PyUnicode_Type && plain_text(op)) {
        trace_printf("[%s] str '%s' at %p%s\n", event,
                     ((PyUnicodeObject *)op)->data, (void *)op, what);
    } else {
        trace_printf("[%s] %s at %p%s\n", event, type->tp_name, (void *)op,
                     what);
    }
}

void
_Py_TraceRefcnt(PyObject *op, int change)
{
    char what[48];
    snprintf(what, sizeof what, ": count %zd -> %zd", op->ob_refcnt - change,
             op->ob_refcnt);
    _Py_TraceObject(change > 0 ? "incref" : "decref", op, what);
}
