/* tuple: a fixed sequence of references, held inside the object. */
#include "tupleobject.h"

#include "abstract.h"
#include "errors.h"
#include "iterobject.h"
#include "listobject.h"
#include "longobject.h"
#include "methodobject.h"
#include "sliceobject.h"
#include "unicodeobject.h"

PyObject *
_PyTuple_FromArray(PyObject *const *items, Py_ssize_t n)
{
    PyObject *tuple = PyTuple_New(n);
    if (tuple == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++)
        PyTuple_SET_ITEM(tuple, i, Py_NewRef(items[i]));
    return tuple;
}

/* The pair (a, b) an iterator hands out, both references stolen: in
   result, the tuple it handed out last, if it may refill it, else in a
   new tuple. */
PyObject *
_PyTuple_Pair(PyObject *result, PyObject *a, PyObject *b)
{
    if (_PyTuple_Reclaim(result)) {
        PyObject *old_a = PyTuple_GET_ITEM(result, 0);
        PyObject *old_b = PyTuple_GET_ITEM(result, 1);
        PyTuple_SET_ITEM(result, 0, a);
        PyTuple_SET_ITEM(result, 1, b);
        Py_INCREF(result);
        Py_DECREF(old_a);
        Py_DECREF(old_b);
        return result;
    }
    PyObject *pair = PyTuple_New(2);
    if (pair == NULL) {
        Py_DECREF(a);
        Py_DECREF(b);
        return NULL;
    }
    PyTuple_SET_ITEM(pair, 0, a);
    PyTuple_SET_ITEM(pair, 1, b);
    return pair;
}

static void
tuple_dealloc(PyObject *self)
{
    PyTupleObject *op = (PyTupleObject *)self;
    for (Py_ssize_t i = Py_SIZE(op) - 1; i >= 0; i--)
        Py_XDECREF(op->ob_item[i]);
    PyObject_Del(self);
}

/* Each item, in index order (CPython's tupletraverse walks them from the
   last, Objects/tupleobject.c, 3.13). */
static int
tuple_traverse(PyObject *self, visitproc visit, void *arg)
{
    PyTupleObject *op = (PyTupleObject *)self;
    for (Py_ssize_t i = 0; i < Py_SIZE(op); i++)
        Py_VISIT(op->ob_item[i]);
    return 0;
}

/* (1,) needs its comma to be a tuple at all. */
static PyObject *
tuple_repr(PyObject *self)
{
    PyTupleObject *op = (PyTupleObject *)self;
    if (Py_SIZE(op) == 0)
        return PyUnicode_FromString("()");
    int entered = Py_ReprEnter(self);
    if (entered != 0)
        return entered > 0 ? PyUnicode_FromString("(...)") : NULL;
    PyObject *result = _PySeq_Repr(op->ob_item, Py_SIZE(op), "(",
                                   Py_SIZE(op) == 1 ? ",)" : ")");
    Py_ReprLeave(self);
    return result;
}

/* Combine the items' hashes, so equal tuples hash alike: CPython's
   xxHash-style mix, with its constants (tuplehash, Objects/tupleobject.c,
   3.8+), so hash((1, 2)) is the same number in both. */
#define XXPRIME_1 11400714785074694791u
#define XXPRIME_2 14029467366897019727u
#define XXPRIME_5 2870177450012600261u

static Py_hash_t
tuple_hash(PyObject *self)
{
    uint64_t acc = XXPRIME_5, len = (uint64_t)Py_SIZE(self);
    for (Py_ssize_t i = 0; i < Py_SIZE(self); i++) {
        Py_hash_t lane = PyObject_Hash(PyTuple_GET_ITEM(self, i));
        if (lane == -1)
            return -1;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = (acc << 31) | (acc >> 33);
        acc *= XXPRIME_1;
    }
    acc += len ^ (XXPRIME_5 ^ 3527539u);
    return acc == (uint64_t)-1 ? 1546275796 : (Py_hash_t)acc;
}

static PyObject *
tuple_richcompare(PyObject *v, PyObject *w, int op)
{
    if (!PyTuple_Check(v) || !PyTuple_Check(w))
        return Py_NotImplemented;
    return _PySeq_RichCompare(v, w, op);
}

static Py_ssize_t
tuple_len(PyObject *op)
{
    return Py_SIZE(op);
}

static PyObject *
tuple_getitem(PyObject *self, PyObject *key)
{
    if (_PySlice_Check(key)) {
        Py_ssize_t start, stop, step, count;
        if (_PySlice_Unpack(key, Py_SIZE(self), &start, &stop, &step, &count) <
            0)
            return NULL;
        if (step == 1 && count == Py_SIZE(self)) /* t[:] is t, as CPython */
            return Py_NewRef(self);
        PyObject *result = PyTuple_New(count);
        for (Py_ssize_t i = 0; result != NULL && i < count; i++)
            PyTuple_SET_ITEM(
                result, i, Py_NewRef(PyTuple_GET_ITEM(self, start + i * step)));
        return result;
    }
    Py_ssize_t i = _PyIndex_Normalize(key, Py_SIZE(self), "tuple");
    if (i < 0)
        return NULL;
    return Py_NewRef(PyTuple_GET_ITEM(self, i));
}

static int
tuple_contains(PyObject *self, PyObject *item)
{
    for (Py_ssize_t i = 0; i < Py_SIZE(self); i++) {
        int same =
            PyObject_RichCompareBool(PyTuple_GET_ITEM(self, i), item, Py_EQ);
        if (same != 0)
            return same;
    }
    return 0;
}

static PyObject *
tuple_concat(PyObject *v, PyObject *w)
{
    if (!PyTuple_Check(v))
        return Py_NotImplemented;
    if (!PyTuple_Check(w)) {
        PyErr_Format(EXC_TYPE,
                     "can only concatenate tuple (not \"%s\") to tuple",
                     Py_TYPE(w)->tp_name);
        return NULL;
    }
    Py_ssize_t nv = Py_SIZE(v), nw = Py_SIZE(w);
    if (nv == 0 || nw == 0) /* t + () is t, as CPython */
        return Py_NewRef(nv == 0 ? w : v);
    PyObject *result = PyTuple_New(nv + nw);
    for (Py_ssize_t i = 0; result != NULL && i < nv + nw; i++) {
        PyObject *item =
            i < nv ? PyTuple_GET_ITEM(v, i) : PyTuple_GET_ITEM(w, i - nv);
        PyTuple_SET_ITEM(result, i, Py_NewRef(item));
    }
    return result;
}

static PyObject *
tuple_repeat(PyObject *v, PyObject *w)
{
    PyObject *tuple = PyTuple_Check(v) ? v : w, *count = tuple == v ? w : v;
    if (!PyLong_Check(count))
        return Py_NotImplemented;
    int64_t times = PyLong_AsLong(count);
    Py_ssize_t n = Py_SIZE(tuple);
    if (times == 1 || n == 0) /* t * 1 is t, and so is () * 5 */
        return Py_NewRef(tuple);
    if (times <= 0)
        return PyTuple_New(0);
    if (times > (PTRDIFF_MAX / (Py_ssize_t)sizeof(PyObject *)) / n) {
        PyErr_NoMemory();
        return NULL;
    }
    PyObject *result = PyTuple_New(n * (Py_ssize_t)times);
    for (Py_ssize_t i = 0; result != NULL && i < Py_SIZE(result); i++)
        PyTuple_SET_ITEM(result, i, Py_NewRef(PyTuple_GET_ITEM(tuple, i % n)));
    return result;
}

/* tuple.index(value, start=0, stop=sys.maxsize) */
static PyObject *
tuple_index(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)kwnames;
    Py_ssize_t start = 0, end = PTRDIFF_MAX;
    if ((nargs > 1 && _PyEval_SliceIndex(args[1], &start, false) < 0) ||
        (nargs > 2 && _PyEval_SliceIndex(args[2], &end, false) < 0))
        return NULL;
    _PySlice_AdjustIndices(Py_SIZE(self), &start, &end);
    for (Py_ssize_t i = start; i < end && i < Py_SIZE(self); i++) {
        int same =
            PyObject_RichCompareBool(PyTuple_GET_ITEM(self, i), args[0], Py_EQ);
        if (same != 0)
            return same < 0 ? NULL : PyLong_FromLong(i);
    }
    PyErr_Format(EXC_VALUE, "tuple.index(x): x not in tuple");
    return NULL;
}

static PyObject *
tuple_count(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)nargs, (void)kwnames;
    Py_ssize_t count = 0;
    for (Py_ssize_t i = 0; i < Py_SIZE(self); i++) {
        int same =
            PyObject_RichCompareBool(PyTuple_GET_ITEM(self, i), args[0], Py_EQ);
        if (same < 0)
            return NULL;
        count += same;
    }
    return PyLong_FromLong(count);
}

static PyMethodDef tuple_methods[] = {
    {"index", tuple_index, 1, 3, false},
    {"count", tuple_count, 1, 1, false},
    {NULL, NULL, 0, 0, false},
};

static PyObject *
tuple_new(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs)
{
    (void)type;
    if (nargs > 1) {
        PyErr_Format(EXC_TYPE, "tuple expected at most 1 argument, got %zd",
                     nargs);
        return NULL;
    }
    if (nargs == 0)
        return PyTuple_New(0);
    if (PyTuple_Check(args[0]))
        return Py_NewRef(args[0]);
    if (PyList_Check(args[0])) /* no list in between, as CPython */
        return _PyTuple_FromArray(((PyListObject *)args[0])->ob_item,
                                  Py_SIZE(args[0]));
    PyObject *list = _PyList_FromIterable(args[0]);
    if (list == NULL)
        return NULL;
    PyObject *result =
        _PyTuple_FromArray(((PyListObject *)list)->ob_item, Py_SIZE(list));
    Py_DECREF(list);
    return result;
}

PyTypeObject PyTuple_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "tuple",
    .tp_basicsize = sizeof(PyTupleObject),
    .tp_itemsize = sizeof(PyObject *),
    .tp_dealloc = tuple_dealloc,
    .tp_traverse = tuple_traverse,
    .tp_repr = tuple_repr,
    .tp_hash = tuple_hash,
    .tp_richcompare = tuple_richcompare,
    .tp_len = tuple_len,
    .tp_getitem = tuple_getitem,
    .tp_contains = tuple_contains,
    .nb_add = tuple_concat,
    .nb_multiply = tuple_repeat,
    .tp_iter = _PySeqIter_New,
    .tp_new = tuple_new,
    .tp_methods = tuple_methods,
    .tp_base = &PyBaseObject_Type,
};
