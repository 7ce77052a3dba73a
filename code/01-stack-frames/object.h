#ifndef MINIPY_OBJECT_H
#define MINIPY_OBJECT_H

#include "common.h"

typedef struct _object PyObject;
typedef struct _typeobject PyTypeObject;

#include "refcount.h"

/* Objects whose size varies (str, tuple, list) count their items. */
typedef struct {
    PyObject ob_base;
    Py_ssize_t ob_size;
} PyVarObject;

#define PyObject_HEAD        PyObject ob_base
#define PyObject_VAR_HEAD    PyVarObject ob_base
#define Py_TYPE(op)          (((PyObject *)(op))->ob_type)
#define Py_SIZE(op)          (((PyVarObject *)(op))->ob_size)
#define Py_IS_TYPE(op, type) (Py_TYPE(op) == (type))

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

/* Visit one reference inside a tp_traverse, if it is set. */
#define Py_VISIT(op)                                                           \
    do {                                                                       \
        if ((op) != NULL) {                                                    \
            int vret_ = visit((PyObject *)(op), arg);                          \
            if (vret_ != 0)                                                    \
                return vret_;                                                  \
        }                                                                      \
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
/* tp_traverse calls visit on each reference an object holds, in a stable
   order, and stops at the first non-zero result, which it returns.  The
   figures draw an object's arrows through it, and the cycle collector
   walks the same edges. */
typedef int (*visitproc)(PyObject *, void *);
typedef int (*traverseproc)(PyObject *, visitproc, void *);
/* Calls pass positional arguments, then keyword values, in one array;
   kwnames is a tuple naming the keyword values, or NULL. */
typedef PyObject *(*vectorcallfunc)(PyObject *callable, PyObject *const *args,
                                    Py_ssize_t nargs, PyObject *kwnames);
typedef PyObject *(*newfunc)(PyTypeObject *, PyObject *const *args,
                             Py_ssize_t nargs);
/* What obj.attr gives for a descriptor found in obj's class. */
typedef PyObject *(*descrgetfunc)(PyObject *descr, PyObject *obj);

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
    traverseproc tp_traverse; /* NULL: holds no references to objects */
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
    binaryfunc nb_divmod;
    binaryfunc nb_power;
    binaryfunc nb_lshift;
    binaryfunc nb_rshift;
    binaryfunc nb_and;
    binaryfunc nb_xor;
    binaryfunc nb_or;
    binaryfunc nb_inplace_add; /* a += b may change a itself */
    binaryfunc nb_inplace_multiply;
    binaryfunc nb_inplace_or;
    unaryfunc nb_negative;
    unaryfunc nb_positive;
    unaryfunc nb_absolute;
    unaryfunc nb_invert;
    getattrofunc tp_getattro;
    setattrofunc tp_setattro; /* value NULL means delete */
    vectorcallfunc tp_call;
    unaryfunc tp_iter;
    unaryfunc tp_iternext; /* NULL without an error when exhausted */
    /* an iterator's __length_hint__: how many items are left, as
       list() and a, *b = ... ask before they make room (CPython's
       PyObject_LengthHint); NULL: it does not say */
    lenfunc tp_length_hint;
    newfunc tp_new;
    vectorcallfunc tp_vectorcall; /* calling the type itself, if set */
    descrgetfunc tp_descr_get;    /* its objects are descriptors, if set */
    /* what the figures call the references tp_traverse visits, in its
       order, for a type figure_object.c does not know; NULL ends it */
    const char *const *tp_cell_names;
    PyMethodDef *tp_methods;
    /* called through the type, with no object: str.maketrans (CPython's
       METH_STATIC); bound to the type, as CPython binds them */
    PyMethodDef *tp_static_methods;
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
/* Told of each object about to be freed, before its type's tp_dealloc
   runs (the figures draw it as a ghost from then on).  NULL: nobody. */
typedef void (*dealloc_observer)(PyObject *op, void *ctx);
void _PyObject_SetDeallocObserver(dealloc_observer fn, void *ctx);
/* Told of an object that moved to another block, from the address
   `was` (chapter 4 grows a str with realloc), with the same ctx. */
typedef void (*move_observer)(uintptr_t was, PyObject *op, void *ctx);

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
/* Whether CPython 3.13's type of that name has an attribute minipy's
   lacks (str.title, dict.fromkeys): then minipy says it lacks it. */
bool _PyType_LacksCPythons(PyTypeObject *, PyObject *name);
PyObject *_PyObject_Bind(PyObject *attr, PyObject *self);
Py_hash_t _Py_HashPointer(PyObject *);
int Py_ReprEnter(PyObject *); /* 1: already in progress, -1: error */
void Py_ReprLeave(PyObject *);
const char *_PyType_Name(PyTypeObject *);
/* object.__sizeof__ and type.__sizeof__: the bytes CPython 3.13 counts
   for the object (sizeof.c, typeobject.c). */
PyObject *_PyObject_SizeOf(PyObject *self, PyObject *const *args,
                           Py_ssize_t nargs, PyObject *kwnames);

#endif
