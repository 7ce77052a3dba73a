/* sys.getsizeof and object.__sizeof__: the bytes CPython 3.13 counts
   for the same object on a 64-bit build, not minipy's own (chapter 2
   shows what minipy's allocator gives each).  A type whose size varies
   has a __sizeof__ of its own beside its code (list, dict, str, int,
   type); the fixed part of every type is in the table below, measured
   with __basicsize__ and __itemsize__ on CPython 3.13.0. */
#include "sysmodule.h"

#include "builtins.h"
#include "classobject.h"
#include "codeobject.h"
#include "dictobject.h"
#include "enumobject.h"
#include "exceptions.h"
#include "funcobject.h"
#include "iterobject.h"
#include "listobject.h"
#include "longobject.h"
#include "methodobject.h"
#include "moduleobject.h"
#include "rangeobject.h"
#include "sliceobject.h"
#include "tupleobject.h"
#include "unicodeobject.h"

extern PyTypeObject _PyNotImplemented_Type; /* object.c */

/* A type's layout in CPython 3.13: tp_basicsize, tp_itemsize, and
   whether its objects carry the collector's 16-byte PyGC_Head in front
   (Py_TPFLAGS_HAVE_GC), which getsizeof adds and __sizeof__ does not. */
typedef struct {
    PyTypeObject *type;
    short basicsize;
    short itemsize;
    bool gc;
} CPythonLayout;

static const CPythonLayout layouts[] = {
    {&PyBaseObject_Type, 16, 0, false},
    {&PyType_Type, 928, 40, true},
    {&PyNone_Type, 16, 0, false},
    {&_PyNotImplemented_Type, 16, 0, false},
    /* the digits follow the header; Py_SIZE is 3.12+'s lv_tag */
    {&PyLong_Type, 24, 4, false},
    {&PyBool_Type, 24, 4, false},
    {&PyUnicode_Type, 64, 0, false},
    {&PyList_Type, 40, 0, true},
    {&PyTuple_Type, 24, 8, true},
    {&PyDict_Type, 48, 0, true},
    {&PyDictIter_Type, 56, 0, true},
    {&PyDictIterValue_Type, 56, 0, true},
    {&PyDictIterItem_Type, 56, 0, true},
    {&PyDictRevIterKey_Type, 56, 0, true},
    {&PyDictRevIterValue_Type, 56, 0, true},
    {&PyDictRevIterItem_Type, 56, 0, true},
    {&PyDictKeys_Type, 24, 0, true},
    {&PyDictValues_Type, 24, 0, true},
    {&PyDictItems_Type, 24, 0, true},
    {&PyRange_Type, 48, 0, false},
    {&PyRangeIter_Type, 40, 0, false},
    {&PySlice_Type, 40, 0, true},
    {&PySeqIter_Type, 32, 0, true},
    {&PyTupleIter_Type, 32, 0, true},
    {&PyStrAsciiIter_Type, 32, 0, true},
    {&PyStrIter_Type, 32, 0, true},
    {&PyCallIter_Type, 32, 0, true},
    {&PyListRevIter_Type, 32, 0, true},
    {&PyEnum_Type, 56, 0, true},
    {&PyReversed_Type, 32, 0, true},
    {&PyZip_Type, 48, 0, true},
    {&PyMap_Type, 32, 0, true},
    {&PyFilter_Type, 32, 0, true},
    {&PyFunction_Type, 144, 0, true},
    {&PyMethod_Type, 48, 0, true},
    {&PyCFunction_Type, 56, 0, true},
    {&PyMethodDescr_Type, 56, 0, true},
    {&PyModule_Type, 56, 0, true},
    /* its bytecode follows, which is not CPython's: not exact */
    {&PyCode_Type, 200, 2, false},
};

/* An exception is a BaseException, 72 bytes, and GC; these classes
   have fields of their own (Include/cpython/pyerrors.h, 3.13). */
static short
exception_basicsize(ExcKind kind)
{
    switch (kind) {
    case EXC_ATTRIBUTE:
        return 88; /* obj, name */
    case EXC_IMPORT:
    case EXC_MODULE_NOT_FOUND:
        return 104; /* msg, name, path, name_from */
    case EXC_NAME:
    case EXC_UNBOUND_LOCAL:
        return 80; /* name */
    case EXC_STOP_ITERATION:
        return 80; /* value */
    case EXC_SYSTEM_EXIT:
        return 80; /* code */
    case EXC_SYNTAX:
    case EXC_INDENTATION:
    case EXC_TAB:
    case EXC_INCOMPLETE_INPUT:
        return 136; /* msg, filename, lineno, offset, text, ... */
    default:
        return 72;
    }
}

/* The layout of type's objects in CPython; a class made by a class
   statement has its built-in base's (object's, or an exception's). */
static CPythonLayout
layout_of(PyTypeObject *type)
{
    while (type->tp_flags & Py_TPFLAGS_HEAPTYPE)
        type = type->tp_base;
    ExcKind kind = _PyExc_KindOf(type);
    if (kind != EXC_NONE)
        return (CPythonLayout){type, exception_basicsize(kind), 0, true};
    for (size_t i = 0; i < sizeof layouts / sizeof *layouts; i++)
        if (layouts[i].type == type)
            return layouts[i];
    /* a type this table misses: minipy's own size, not CPython's */
    return (CPythonLayout){type, (short)type->tp_basicsize, 0,
                           type->tp_traverse != NULL};
}

/* What CPython 3.13's object.__sizeof__ gives (object___sizeof___impl,
   Objects/typeobject.c): tp_basicsize plus tp_itemsize for each of
   Py_SIZE(self), which for an int is its lv_tag, three bits of sign
   above which the number of digits is kept (Include/cpython/longintrepr.h),
   and for a tuple the number of items. */
PyObject *
_PyObject_SizeOf(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                 PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    CPythonLayout layout = layout_of(Py_TYPE(self));
    Py_ssize_t n = 0;
    if (PyLong_Check(self)) {
        int64_t v = PyLong_AsLong(self);
        n = (Py_ssize_t)_PyLong_CPythonDigits(self) << 3 | (v == 0  ? 1
                                                            : v < 0 ? 2
                                                                    : 0);
    } else if (PyTuple_Check(self)) {
        n = Py_SIZE(self);
    }
    return PyLong_FromLong(layout.basicsize + layout.itemsize * n);
}

/* What getsizeof adds to __sizeof__ (_PySys_GetSizeOf, Python/sysmodule.c,
   3.13): what comes before the object in memory, unless it is a static
   type.  That is the PyGC_Head of a GC type and, for a class's
   instance, two pointers more for its dict and weak references
   (_PyType_PreHeaderSize, Include/internal/pycore_object.h). */
static Py_ssize_t
preheader_size(PyObject *op)
{
    if (PyType_Check(op) &&
        !(((PyTypeObject *)op)->tp_flags & Py_TPFLAGS_HEAPTYPE))
        return 0;
    PyTypeObject *type = Py_TYPE(op);
    if (type->tp_flags & Py_TPFLAGS_HEAPTYPE)
        return 16 + 16;
    return layout_of(type).gc ? 16 : 0;
}

/* getsizeof(object[, default]), its arguments checked as CPython's
   PyArg_ParseTupleAndKeywords checks them, in its words. */
static int
parse_args(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
           PyObject **values)
{
    static const char *const names[] = {"object", "default", NULL};
    Py_ssize_t nkw = _PyArg_KeywordCount(kwnames);
    if (nargs + nkw > 2) {
        PyErr_Format(EXC_TYPE,
                     "getsizeof() takes at most 2 arguments (%zd "
                     "given)",
                     nargs + nkw);
        return -1;
    }
    for (Py_ssize_t i = 0; i < nargs; i++)
        values[i] = args[i];
    const char *unknown = NULL;
    for (Py_ssize_t k = 0; k < nkw; k++) {
        PyObject *kw = PyTuple_GET_ITEM(kwnames, k);
        int i = 0;
        while (names[i] != NULL && !_PyUnicode_EqualToASCII(kw, names[i]))
            i++;
        if (names[i] == NULL) {
            unknown = unknown ? unknown : PyUnicode_AsUTF8(kw);
            continue;
        }
        if (i < nargs) {
            PyErr_Format(EXC_TYPE,
                         "argument for getsizeof() given by name ('%s') "
                         "and position (%d)",
                         names[i], i + 1);
            return -1;
        }
        values[i] = args[nargs + k];
    }
    /* the missing argument is named before the unknown keyword */
    if (values[0] == NULL) {
        PyErr_Format(EXC_TYPE,
                     "getsizeof() missing required argument 'object' (pos 1)");
        return -1;
    }
    if (unknown != NULL) {
        PyErr_Format(EXC_TYPE,
                     "getsizeof() got an unexpected keyword argument '%s'",
                     unknown);
        return -1;
    }
    return 0;
}

/* type(o).__sizeof__(o), checked: -1 with an error set. */
static Py_ssize_t
call_sizeof(PyObject *o)
{
    PyObject *name = PyUnicode_InternFromString("__sizeof__");
    if (name == NULL)
        return -1;
    PyObject *method = _PyType_Lookup(Py_TYPE(o), name);
    Py_DECREF(name);
    if (method == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(EXC_TYPE, "Type %.100s doesn't define __sizeof__",
                         Py_TYPE(o)->tp_name);
        return -1;
    }
    PyObject *res = _PyObject_CallPrepend(method, o, NULL, 0, NULL);
    if (res == NULL)
        return -1;
    if (!PyLong_Check(res)) {
        Py_DECREF(res);
        PyErr_Format(EXC_TYPE, "an integer is required");
        return -1;
    }
    int64_t size = PyLong_AsLong(res);
    Py_DECREF(res);
    if (size < 0) {
        PyErr_Format(EXC_VALUE, "__sizeof__() should return >= 0");
        return -1;
    }
    return (Py_ssize_t)size;
}

PyObject *
_PySys_GetSizeOf(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                 PyObject *kwnames)
{
    (void)self;
    PyObject *values[2] = {NULL, NULL};
    if (parse_args(args, nargs, kwnames, values) < 0)
        return NULL;
    Py_ssize_t size = call_sizeof(values[0]);
    if (size < 0) {
        /* the default stands in for a size that cannot be had, as in
           CPython: a TypeError only */
        if (values[1] != NULL && PyErr_ExceptionMatches(EXC_TYPE)) {
            PyErr_Clear();
            return Py_NewRef(values[1]);
        }
        return NULL;
    }
    Py_ssize_t pre = preheader_size(values[0]);
    if (size > PTRDIFF_MAX - pre) {
        PyErr_Format(EXC_OVERFLOW,
                     "minipy's ints are 64-bit: the size %zd "
                     "and %zd bytes before the object do not "
                     "fit in one",
                     size, pre);
        return NULL;
    }
    return PyLong_FromLong(size + pre);
}
