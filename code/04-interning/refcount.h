#ifndef MINIPY_REFCOUNT_H
#define MINIPY_REFCOUNT_H

/* The first word of every object's head: how many references point to
   it.  When the count drops to zero the object is freed at once, unless
   the object is immortal.  Included by object.h. */
struct _object {
    Py_ssize_t ob_refcnt;
    PyTypeObject *ob_type;
};

/* An immortal object's count never changes and never reaches zero
   (PEP 683, CPython 3.12+): it starts at _Py_IMMORTAL_REFCNT, and
   Py_INCREF and Py_DECREF leave it alone.  The value is CPython 3.13's
   on a 64-bit machine, and so is the test: any count whose low 32 bits
   read as a negative number (Include/object.h, v3.13.0). */
#define _Py_IMMORTAL_REFCNT ((Py_ssize_t)UINT32_MAX)

static inline bool
_Py_IsImmortal(PyObject *op)
{
    return ((uint32_t)op->ob_refcnt & 0x80000000u) != 0;
}

static inline void
_Py_SetImmortal(PyObject *op)
{
    op->ob_refcnt = _Py_IMMORTAL_REFCNT;
}

/* Static objects (None, True, the builtin types) are immortal. */
#define PyObject_HEAD_INIT(type)                                               \
    {                                                                          \
        _Py_IMMORTAL_REFCNT, (type)                                            \
    }
void _Py_Dealloc(PyObject *op); /* the count reached zero */

#define Py_REFCNT(op) (((PyObject *)(op))->ob_refcnt)
/* Held by one reference only: its holder may refill it and hand it out
   again (CPython 3.14's name, Include/internal/pycore_object.h). */
#define _PyObject_IsUniquelyReferenced(op) (Py_REFCNT(op) == 1)
/* Does op live on when one of its references is dropped? */
#define _PyObject_OutlivesRelease(op) (Py_REFCNT(op) > 1)

/* --trace: every change of a count is reported while the script runs
   (refcount_trace.c).  With the trace off this costs one test of a flag that
   never changes, which the branch predictor gets right every time. */
extern bool _Py_tracing_refs;
void _Py_TraceRefcnt(PyObject *op, int change); /* change: +1 or -1 */
void _Py_TraceObject(const char *event, PyObject *op, const char *what);

/* A new reference: one more name, slot or item points to op. */
static inline void
_Py_INCREF(PyObject *op)
{
    if (_Py_IsImmortal(op))
        return;
    op->ob_refcnt++;
    if (_Py_tracing_refs)
        _Py_TraceRefcnt(op, +1);
}

/* A reference dropped: the last one frees the object. */
static inline void
_Py_DECREF(PyObject *op)
{
    if (_Py_IsImmortal(op))
        return;
    --op->ob_refcnt;
    if (_Py_tracing_refs)
        _Py_TraceRefcnt(op, -1);
    if (op->ob_refcnt == 0)
        _Py_Dealloc(op);
}

/* Give back a reference without freeing at zero: for a deallocator that
   revived its object for a moment, to run its __del__.  True if that
   was the last reference. */
static inline bool
_Py_DecrefIsLast(PyObject *op)
{
    --op->ob_refcnt;
    if (_Py_tracing_refs)
        _Py_TraceRefcnt(op, -1);
    return op->ob_refcnt == 0;
}

#define Py_INCREF(op) _Py_INCREF((PyObject *)(op))
#define Py_DECREF(op) _Py_DECREF((PyObject *)(op))
#define Py_XINCREF(op)                                                         \
    do {                                                                       \
        PyObject *xop_ = (PyObject *)(op);                                     \
        if (xop_ != NULL)                                                      \
            Py_INCREF(xop_);                                                   \
    } while (0)
#define Py_XDECREF(op)                                                         \
    do {                                                                       \
        PyObject *xop_ = (PyObject *)(op);                                     \
        if (xop_ != NULL)                                                      \
            Py_DECREF(xop_);                                                   \
    } while (0)

/* What refcount.c keeps of the objects being freed (Interp.objects). */
typedef struct {
    int dealloc_depth; /* nested deallocations running now */
    PyObject **trash;  /* deallocations deferred: the trashcan */
    size_t trash_len;
    size_t trash_cap;
} ObjectState;

void _Py_NewReference(PyObject *op);    /* op was just made: count 1 */
void _Py_ForgetReference(PyObject *op); /* op's memory goes back now */
/* At exit: the number of objects still alive, which counting alone
   could not free: those in reference cycles.  trace: say so. */
size_t _PyObject_Fini(bool trace);

/* sys.getrefcount(object) */
PyObject *_PySys_GetRefCount(PyObject *self, PyObject *const *args,
                             Py_ssize_t nargs, PyObject *kwnames);

#endif
