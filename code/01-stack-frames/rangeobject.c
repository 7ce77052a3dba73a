/* range: a sequence of ints computed on demand. */
#include "rangeobject.h"

#include "abstract.h"
#include "errors.h"
#include "longobject.h"
#include "methodobject.h"
#include "unicodeobject.h"

/* How many numbers start, start+step, ... come before stop.  Done in
   unsigned arithmetic: stop - start may not fit in 64 signed bits, and
   neither may the count (range(-2**63 + 1, 2**63 - 1)). */
static uint64_t
range_length(int64_t start, int64_t stop, int64_t step)
{
    uint64_t span, stride;
    if (step > 0 && start < stop) {
        span = (uint64_t)stop - (uint64_t)start - 1;
        stride = (uint64_t)step;
    } else if (step < 0 && start > stop) {
        span = (uint64_t)start - (uint64_t)stop - 1;
        stride = 0 - (uint64_t)step;
    } else {
        return 0;
    }
    return span / stride + 1;
}

static PyObject *
range_new(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs)
{
    (void)type;
    int64_t start = 0, stop, step = 1;
    if (nargs < 1 || nargs > 3) {
        if (nargs < 1)
            PyErr_Format(EXC_TYPE,
                         "range expected at least 1 argument, "
                         "got %zd",
                         nargs);
        else
            PyErr_Format(EXC_TYPE,
                         "range expected at most 3 arguments, "
                         "got %zd",
                         nargs);
        return NULL;
    }
    if (nargs == 1 ? _PyLong_AsIndex(args[0], &stop) < 0
                   : _PyLong_AsIndex(args[0], &start) < 0 ||
                         _PyLong_AsIndex(args[1], &stop) < 0 ||
                         (nargs == 3 && _PyLong_AsIndex(args[2], &step) < 0))
        return NULL;
    if (step == 0) {
        PyErr_Format(EXC_VALUE, "range() arg 3 must not be zero");
        return NULL;
    }
    PyRangeObject *r = PyObject_New(PyRangeObject, &PyRange_Type);
    if (r == NULL)
        return NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = range_length(start, stop, step);
    return (PyObject *)r;
}

static void
range_dealloc(PyObject *self)
{
    PyObject_Del(self);
}

static PyObject *
range_repr(PyObject *self)
{
    PyRangeObject *r = (PyRangeObject *)self;
    if (r->step == 1)
        return PyUnicode_FromFormat("range(%lld, %lld)", (long long)r->start,
                                    (long long)r->stop);
    return PyUnicode_FromFormat("range(%lld, %lld, %lld)", (long long)r->start,
                                (long long)r->stop, (long long)r->step);
}

/* A length past 63 bits is an OverflowError, as CPython's len() says of
   a range whose length does not fit in a C ssize_t. */
static Py_ssize_t
range_len(PyObject *self)
{
    uint64_t n = ((PyRangeObject *)self)->length;
    if (n > INT64_MAX) {
        PyErr_Format(EXC_OVERFLOW,
                     "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (Py_ssize_t)n;
}

static PyObject *
range_getitem(PyObject *self, PyObject *key)
{
    PyRangeObject *r = (PyRangeObject *)self;
    if (!PyLong_Check(key)) {
        PyErr_Format(EXC_NOT_IMPLEMENTED,
                     "minipy's range objects take only int indices");
        return NULL;
    }
    /* in unsigned arithmetic: the length may not fit in 63 bits */
    int64_t i = PyLong_AsLong(key);
    uint64_t back = 0 - (uint64_t)i, index = (uint64_t)i;
    if (i < 0 && back <= r->length)
        index = r->length - back;
    else if (i < 0 || index >= r->length) {
        PyErr_Format(EXC_INDEX, "range object index out of range");
        return NULL;
    }
    uint64_t value = (uint64_t)r->start + index * (uint64_t)r->step;
    return PyLong_FromLong((int64_t)value);
}

static int
range_contains(PyObject *self, PyObject *item)
{
    PyRangeObject *r = (PyRangeObject *)self;
    if (!PyLong_Check(item))
        return 0;
    int64_t v = PyLong_AsLong(item);
    bool inside = r->step > 0 ? (v >= r->start && v < r->stop)
                              : (v <= r->start && v > r->stop);
    return inside &&
           ((uint64_t)v - (uint64_t)r->start) %
                   (r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step) ==
               0;
}

/* The iterator: the next number to give and how many are left. */
typedef struct {
    PyObject_HEAD;
    int64_t next, step;
    uint64_t remaining;
} RangeIterObject;

static PyObject *
range_iter(PyObject *self)
{
    PyRangeObject *r = (PyRangeObject *)self;
    RangeIterObject *it = PyObject_New(RangeIterObject, &PyRangeIter_Type);
    if (it == NULL)
        return NULL;
    it->next = r->start;
    it->step = r->step;
    it->remaining = r->length;
    return (PyObject *)it;
}

/* What is left (rangeiter_len). */
static Py_ssize_t
rangeiter_left(PyObject *self)
{
    uint64_t n = ((RangeIterObject *)self)->remaining;
    return n > (uint64_t)PTRDIFF_MAX ? PTRDIFF_MAX : (Py_ssize_t)n;
}

static PyObject *
rangeiter_next(PyObject *self)
{
    RangeIterObject *it = (RangeIterObject *)self;
    if (it->remaining == 0)
        return NULL;
    int64_t value = it->next;
    it->remaining--;
    it->next = (int64_t)((uint64_t)it->next + (uint64_t)it->step);
    return PyLong_FromLong(value);
}

static PyObject *
rangeiter_iter(PyObject *self)
{
    return Py_NewRef(self);
}

/* reversed(range(...)): the same numbers from the last one down. */
static PyObject *
range_reversed(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
               PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    PyRangeObject *r = (PyRangeObject *)self;
    RangeIterObject *it = PyObject_New(RangeIterObject, &PyRangeIter_Type);
    if (it == NULL)
        return NULL;
    uint64_t last = r->length ? r->length - 1 : 0;
    it->next = (int64_t)((uint64_t)r->start + last * (uint64_t)r->step);
    it->step = (int64_t)(0 - (uint64_t)r->step);
    it->remaining = r->length;
    return (PyObject *)it;
}

static PyMethodDef range_methods[] = {
    {"__reversed__", range_reversed, 0, 0, false},
    {NULL, NULL, 0, 0, false},
};

PyTypeObject PyRangeIter_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "range_iterator",
    .tp_basicsize = sizeof(RangeIterObject),
    .tp_dealloc = range_dealloc,
    .tp_iter = rangeiter_iter,
    .tp_iternext = rangeiter_next,
    .tp_length_hint = rangeiter_left,
    .tp_base = &PyBaseObject_Type,
};

PyTypeObject PyRange_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "range",
    .tp_basicsize = sizeof(PyRangeObject),
    .tp_dealloc = range_dealloc,
    .tp_repr = range_repr,
    .tp_len = range_len,
    .tp_getitem = range_getitem,
    .tp_contains = range_contains,
    .tp_iter = range_iter,
    .tp_new = range_new,
    .tp_methods = range_methods,
    .tp_base = &PyBaseObject_Type,
};
