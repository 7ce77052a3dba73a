/* enumerate and reversed: iterators over other iterables (CPython's
   Objects/enumobject.c). */
#include "enumobject.h"

#include "abstract.h"
#include "dictobject.h"
#include "errors.h"
#include "longobject.h"
#include "methodobject.h"
#include "tupleobject.h"
#include "unicodeobject.h"

/* ---- enumerate ---- */

/* The count, the iterator, and the tuple handed out last, which is
   refilled when the script no longer holds it (tuple_reuse.c). */
typedef struct {
    PyObject_HEAD;
    int64_t index;
    PyObject *iter;
    PyObject *result;
} EnumObject;

static PyObject *
enum_make(PyObject *iterable, int64_t start)
{
    PyObject *iter = PyObject_GetIter(iterable);
    if (iter == NULL)
        return NULL;
    PyObject *result = PyTuple_New(2);
    EnumObject *en = result ? PyObject_New(EnumObject, &PyEnum_Type) : NULL;
    if (en == NULL) {
        Py_XDECREF(result);
        Py_DECREF(iter);
        return NULL;
    }
    PyTuple_SET_ITEM(result, 0, Py_NewRef(Py_None));
    PyTuple_SET_ITEM(result, 1, Py_NewRef(Py_None));
    en->index = start;
    en->iter = iter;
    en->result = result;
    return (PyObject *)en;
}

static bool
keyword_is(PyObject *kwnames, Py_ssize_t k, const char *name)
{
    PyObject *kw = PyTuple_GET_ITEM(kwnames, k);
    if (_PyUnicode_EqualToASCII(kw, name))
        return true;
    PyErr_Format(EXC_TYPE,
                 "'%s' is an invalid keyword argument for "
                 "enumerate()",
                 PyUnicode_AsUTF8(kw));
    return false;
}

/* enumerate(iterable, start=0), either argument by name, checked in
   CPython's order (enum_vectorcall, Objects/enumobject.c, 3.13). */
static PyObject *
enum_vectorcall(PyObject *type, PyObject *const *args, Py_ssize_t nargs,
                PyObject *kwnames)
{
    (void)type;
    Py_ssize_t nkw = _PyArg_KeywordCount(kwnames);
    PyObject *iterable = nargs + nkw > 0 ? args[0] : NULL, *start = NULL;
    if (nargs + nkw == 2) {
        start = args[1];
        if (nkw == 1 && !keyword_is(kwnames, 0, "start"))
            return NULL;
        if (nkw == 2 &&
            _PyUnicode_EqualToASCII(PyTuple_GET_ITEM(kwnames, 0), "start")) {
            if (!keyword_is(kwnames, 1, "iterable"))
                return NULL;
            iterable = args[1];
            start = args[0];
        } else if (nkw == 2 && (!keyword_is(kwnames, 0, "iterable") ||
                                !keyword_is(kwnames, 1, "start"))) {
            return NULL;
        }
    } else if (nargs + nkw == 1) {
        if (nkw == 1 && !keyword_is(kwnames, 0, "iterable"))
            return NULL;
    } else if (nargs == 0) {
        PyErr_Format(EXC_TYPE, "enumerate() missing required argument "
                               "'iterable'");
        return NULL;
    } else {
        PyErr_Format(EXC_TYPE,
                     "enumerate() takes at most 2 arguments (%zd given)",
                     nargs + nkw);
        return NULL;
    }
    if (start != NULL && !PyLong_Check(start)) {
        PyErr_Format(EXC_TYPE,
                     "'%s' object cannot be interpreted as an "
                     "integer",
                     Py_TYPE(start)->tp_name);
        return NULL;
    }
    return enum_make(iterable, start ? PyLong_AsLong(start) : 0);
}

static void
enum_dealloc(PyObject *self)
{
    EnumObject *en = (EnumObject *)self;
    Py_XDECREF(en->iter);
    Py_XDECREF(en->result);
    PyObject_Del(self);
}

static int
enum_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((EnumObject *)self)->iter);
    Py_VISIT(((EnumObject *)self)->result);
    return 0;
}

static PyObject *
enum_next(PyObject *self)
{
    EnumObject *en = (EnumObject *)self;
    PyObject *item = PyIter_Next(en->iter);
    if (item == NULL)
        return NULL;
    if (en->index == INT64_MAX) {
        Py_DECREF(item);
        PyErr_Format(EXC_OVERFLOW, "enumerate() counted past 2**63 - 1 "
                                   "(minipy ints are 64-bit)");
        return NULL;
    }
    PyObject *index = PyLong_FromLong(en->index);
    if (index == NULL) {
        Py_DECREF(item);
        return NULL;
    }
    en->index++;
    return _PyTuple_Pair(en->result, index, item);
}

static PyObject *
self_iter(PyObject *self)
{
    return Py_NewRef(self);
}

PyTypeObject PyEnum_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "enumerate",
    .tp_basicsize = sizeof(EnumObject),
    .tp_dealloc = enum_dealloc,
    .tp_traverse = enum_traverse,
    .tp_iter = self_iter,
    .tp_iternext = enum_next,
    .tp_vectorcall = enum_vectorcall,
    .tp_base = &PyBaseObject_Type,
};

/* ---- reversed ---- */

/* A sequence walked backwards by index: what reversed() makes of a
   sequence whose type has no __reversed__ (a tuple, a str). */
typedef struct {
    PyObject_HEAD;
    Py_ssize_t index; /* the next to give; -1 when done */
    PyObject *seq;
} ReversedObject;

static PyObject *
reversed_of_sequence(PyObject *seq)
{
    Py_ssize_t n = PyObject_Length(seq);
    if (n < 0)
        return NULL;
    ReversedObject *ro = PyObject_New(ReversedObject, &PyReversed_Type);
    if (ro == NULL)
        return NULL;
    ro->index = n - 1;
    ro->seq = Py_NewRef(seq);
    return (PyObject *)ro;
}

/* reversed(seq): the sequence's own __reversed__ (a list's, a range's,
   a dict's), else its items by index from the end. */
static PyObject *
reversed_vectorcall(PyObject *type, PyObject *const *args, Py_ssize_t nargs,
                    PyObject *kwnames)
{
    (void)type;
    if (kwnames != NULL) {
        PyErr_Format(EXC_TYPE, "reversed() takes no keyword arguments");
        return NULL;
    }
    if (nargs != 1) {
        PyErr_Format(EXC_TYPE, "reversed expected 1 argument, got %zd", nargs);
        return NULL;
    }
    PyObject *seq = args[0], *name = PyUnicode_FromString("__reversed__");
    if (name == NULL)
        return NULL;
    PyObject *method = _PyType_Lookup(Py_TYPE(seq), name);
    Py_DECREF(name);
    if (method != NULL)
        return _PyObject_CallPrepend(method, seq, NULL, 0, NULL);
    if (Py_TYPE(seq)->tp_getitem == NULL || Py_TYPE(seq)->tp_len == NULL ||
        PyDict_Check(seq)) {
        PyErr_Format(EXC_TYPE, "'%s' object is not reversible",
                     Py_TYPE(seq)->tp_name);
        return NULL;
    }
    return reversed_of_sequence(seq);
}

static void
reversed_dealloc(PyObject *self)
{
    Py_XDECREF(((ReversedObject *)self)->seq);
    PyObject_Del(self);
}

static int
reversed_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((ReversedObject *)self)->seq);
    return 0;
}

static PyObject *
reversed_next(PyObject *self)
{
    ReversedObject *ro = (ReversedObject *)self;
    if (ro->index >= 0) {
        PyObject *index = PyLong_FromLong(ro->index);
        PyObject *item = index ? PyObject_GetItem(ro->seq, index) : NULL;
        Py_XDECREF(index);
        if (item != NULL) {
            ro->index--;
            return item;
        }
        if (!PyErr_ExceptionMatches(EXC_INDEX))
            return NULL;
        PyErr_Clear(); /* the sequence shrank meanwhile: the end */
    }
    ro->index = -1;
    Py_CLEAR(ro->seq);
    return NULL;
}

PyTypeObject PyReversed_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "reversed",
    .tp_basicsize = sizeof(ReversedObject),
    .tp_dealloc = reversed_dealloc,
    .tp_traverse = reversed_traverse,
    .tp_iter = self_iter,
    .tp_iternext = reversed_next,
    .tp_vectorcall = reversed_vectorcall,
    .tp_base = &PyBaseObject_Type,
};
