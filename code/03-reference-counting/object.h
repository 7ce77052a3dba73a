#ifndef MINIPY_OBJECT_H
#define MINIPY_OBJECT_H

#include "common.h"

typedef struct _object PyObject;
typedef struct _typeobject PyTypeObject;

/* The head of every object: how many references point to it, and its
   type.  When the count drops to zero the object is freed at once. */
struct _object {
    Py_ssize_t ob_refcnt;
    PyTypeObject *ob_type;
};

/* Objects whose size varies (str, tuple, list) count their items. */
typedef struct {
    PyObject ob_base;
    Py_ssize_t ob_size;
} PyVarObject;

#define PyObject_HEAD     PyObject ob_base
#define PyObject_VAR_HEAD PyVarObject ob_base
/* Static objects (None, True, the builtin types) start with one
   reference that is never given back, so they are never freed. */
#define PyObject_HEAD_INIT(type)                                               \
    {                                                                          \
        1, (type)                                                              \
    }
#define Py_TYPE(op)          (((PyObject *)(op))->ob_type)
#define Py_SIZE(op)          (((PyVarObject *)(op))->ob_size)
#define Py_IS_TYPE(op, type) (Py_TYPE(op) == (type))
#define Py_REFCNT(op)        (((PyObject *)(op))->ob_refcnt)

void _Py_Dealloc(PyObject *op);

/* --trace: every change of a count is reported while the script runs
   (object.c).  With the trace off this costs one test of a flag that
   never changes, which the branch predictor gets right every time. */
extern bool _Py_tracing_refs;
void _Py_TraceRefcnt(PyObject *op, int change); /* change: +1 or -1 */

/* A new reference: one more name, slot or item points to op. */
static inline void
_Py_INCREF(PyObject *op)
{
    op->ob_refcnt++;
    if (_Py_tracing_refs)
        _Py_TraceRefcnt(op, +1);
}

/* A reference dropped: the last one frees the object. */
static inline void
_Py_DECREF(PyObject *op)
{
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

static inline PyObject *
Py_NewRef(PyObject *op)
{
    Py_INCREF(op);
    return op;
}

/* Replace the reference in *slot with new_ref, dropping the old one
   last, so that a destructor it triggers sees a consistent slot. */
#define Py_SETREF(slot, new_ref)                                               \
    do {                                                                       \
        PyObject *old_ = (PyObject *)(slot);                                   \
        (slot) = (new_ref);                                                    \
        Py_XDECREF(old_);                                                      \
    } while (0)

#define Py_CLEAR(slot)                                                         \
    do {                                                                       \
        PyObject *old_ = (PyObject *)(slot);                                   \
        (slot) = NULL;                                                         \
        Py_XDECREF(old_);                                                      \
    } while (0)

/* Comparison operators, in CPython's order. */
enum { Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE };

typedef void (*destructor)(PyObject *);
typedef PyObject *(*reprfunc)(PyObject *);
typedef Py_hash_t (*hashfunc)(PyObject *);
typedef PyObject *(*richcmpfunc)(PyObject *, PyObject *, int);
typedef PyObject *(*unaryfunc)(PyObject *);
typedef PyObject *(*binaryfunc)(PyObject *, PyObject *);
typedef int (*inquiry)(PyObject *);
typedef Py_ssize_t (*lenfunc)(PyObject *);
typedef int (*objobjproc)(PyObject *, PyObject *);
typedef int (*objobjargproc)(PyObject *, PyObject *, PyObject *);
typedef PyObject *(*getattrofunc)(PyObject *, PyObject *);
typedef int (*setattrofunc)(PyObject *, PyObject *, PyObject *);
/* Calls pass positional arguments, then keyword values, in one array;
   kwnames is a tuple naming the keyword values, or NULL. */
typedef PyObject *(*vectorcallfunc)(PyObject *callable, PyObject *const *args,
                                    Py_ssize_t nargs, PyObject *kwnames);
typedef PyObject *(*newfunc)(PyTypeObject *, PyObject *const *args,
                             Py_ssize_t nargs);

typedef PyObject *(*PyCFunction)(PyObject *self, PyObject *const *args,
                                 Py_ssize_t nargs, PyObject *kwnames);

/* A function written in C: a builtin, or a method of a builtin type. */
typedef struct {
    const char *ml_name;
    PyCFunction ml_meth;
    int ml_minargs; /* positional arguments accepted */
    int ml_maxargs;
    bool ml_keywords; /* accepts keyword arguments (only print does) */
} PyMethodDef;

/* A type: the table of what its objects can do.  CPython groups the
   slots in sub-tables (tp_as_number, ...); we keep them flat. */
struct _typeobject {
    PyObject_HEAD;
    const char *tp_name;
    size_t tp_basicsize; /* bytes of the fixed part of an instance */
    size_t tp_itemsize;  /* bytes per item of a variable-size instance */
    unsigned long tp_flags;
    destructor tp_dealloc;
    reprfunc tp_repr;
    reprfunc tp_str;
    hashfunc tp_hash;
    richcmpfunc tp_richcompare;
    inquiry tp_bool;
    lenfunc tp_len;
    binaryfunc tp_getitem;
    objobjargproc tp_setitem; /* value NULL means delete */
    objobjproc tp_contains;
    binaryfunc nb_add;
    binaryfunc nb_subtract;
    binaryfunc nb_multiply;
    binaryfunc nb_floor_divide;
    binaryfunc nb_remainder;
    binaryfunc nb_inplace_add; /* a += b may change a itself */
    binaryfunc nb_inplace_multiply;
    unaryfunc nb_negative;
    unaryfunc nb_positive;
    getattrofunc tp_getattro;
    setattrofunc tp_setattro; /* value NULL means delete */
    vectorcallfunc tp_call;
    unaryfunc tp_iter;
    unaryfunc tp_iternext; /* NULL without an error when exhausted */
    newfunc tp_new;
    PyMethodDef *tp_methods;
    PyTypeObject *tp_base;
    PyObject *tp_dict; /* a class's namespace: its methods and attributes */
};

#define Py_TPFLAGS_HEAPTYPE (1UL << 9)  /* a class made by a class statement */
#define Py_TPFLAGS_BASETYPE (1UL << 10) /* may be subclassed */

extern PyTypeObject PyType_Type;
extern PyTypeObject PyBaseObject_Type;
extern PyTypeObject PyNone_Type;

extern PyObject _Py_NoneStruct;
#define Py_None        (&_Py_NoneStruct)
#define Py_RETURN_NONE return Py_NewRef(Py_None)
extern PyObject _Py_NotImplementedStruct;
#define Py_NotImplemented (&_Py_NotImplementedStruct)

/* Allocation: every object is made by these, so the allocator (chapter 2)
   and the bookkeeping (chapters 3 and 5) change in one place. */
PyObject *_PyObject_New(PyTypeObject *type);
PyVarObject *_PyObject_NewVar(PyTypeObject *type, Py_ssize_t nitems);
#define PyObject_New(T, type)       ((T *)_PyObject_New(type))
#define PyObject_NewVar(T, type, n) ((T *)_PyObject_NewVar((type), (n)))
void PyObject_Del(PyObject *op);
size_t _PyObject_LiveCount(void);

/* The operations every object supports, dispatched on its type. */
PyObject *PyObject_Repr(PyObject *);
PyObject *PyObject_Str(PyObject *);
Py_hash_t PyObject_Hash(PyObject *);
PyObject *PyObject_RichCompare(PyObject *, PyObject *, int op);
int PyObject_RichCompareBool(PyObject *, PyObject *, int op);
int PyObject_IsTrue(PyObject *);
PyObject *PyObject_GetAttr(PyObject *, PyObject *name);
int PyObject_SetAttr(PyObject *, PyObject *name, PyObject *value);
PyObject *PyObject_GenericGetAttr(PyObject *, PyObject *name);
PyObject *PyObject_Call(PyObject *callable, PyObject *const *args,
                        Py_ssize_t nargs, PyObject *kwnames);
PyObject *_PyObject_CallPrepend(PyObject *callable, PyObject *first,
                                PyObject *const *args, Py_ssize_t nargs,
                                PyObject *kwnames);
int PyType_IsSubtype(PyTypeObject *, PyTypeObject *);
PyObject *_PyType_Lookup(PyTypeObject *, PyObject *name);
PyObject *_PyObject_Bind(PyObject *attr, PyObject *self);
Py_hash_t _Py_HashPointer(PyObject *);
int Py_ReprEnter(PyObject *); /* 1: already in progress, -1: error */
void Py_ReprLeave(PyObject *);
const char *_PyType_Name(PyTypeObject *);

#endif
