/* The iterator over a list, a tuple or a str; and iter(callable,
   sentinel)'s. */
#include "iterobject.h"

#include "errors.h"
#include "listobject.h"
#include "longobject.h"
#include "tupleobject.h"
#include "unicodeobject.h"

/* One layout, named for what it walks, as CPython's types are:
   list_iterator, tuple_iterator, str_ascii_iterator for a str of ASCII
   characters only, str_iterator for any other. */
PyObject *
_PySeqIter_New(PyObject *seq)
{
    PyTypeObject *type = PyList_Check(seq)    ? &PySeqIter_Type
                         : PyTuple_Check(seq) ? &PyTupleIter_Type
                         : PyUnicode_GetLength(seq) == Py_SIZE(seq)
                             ? &PyStrAsciiIter_Type
                             : &PyStrIter_Type;
    PySeqIterObject *it = PyObject_New(PySeqIterObject, type);
    if (it == NULL)
        return NULL;
    it->index = 0;
    it->seq = Py_NewRef(seq);
    return (PyObject *)it;
}

static void
seqiter_dealloc(PyObject *self)
{
    Py_XDECREF(((PySeqIterObject *)self)->seq);
    PyObject_Del(self);
}

static int
seqiter_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((PySeqIterObject *)self)->seq);
    return 0;
}

/* The length is read at every step, so a list that grows while a loop
   runs over it is seen to the end, as in CPython. */
static PyObject *
seqiter_next(PyObject *self)
{
    PySeqIterObject *it = (PySeqIterObject *)self;
    PyObject *seq = it->seq;
    if (seq == NULL)
        return NULL;
    if (it->index < Py_TYPE(seq)->tp_len(seq)) {
        Py_ssize_t i = it->index++;
        if (PyList_Check(seq))
            return Py_NewRef(PyList_GET_ITEM(seq, i));
        if (PyTuple_Check(seq))
            return Py_NewRef(PyTuple_GET_ITEM(seq, i));
        PyObject *index = PyLong_FromLong(i);
        if (index == NULL)
            return NULL;
        PyObject *item = Py_TYPE(seq)->tp_getitem(seq, index);
        Py_DECREF(index);
        return item;
    }
    it->seq = NULL; /* exhausted: let go of the sequence */
    Py_DECREF(seq);
    return NULL;
}

static PyObject *
seqiter_iter(PyObject *self)
{
    return Py_NewRef(self);
}

/* What is left (listiter_len, tupleiter_len, unicodeiter_len). */
static Py_ssize_t
seqiter_left(PyObject *self)
{
    PySeqIterObject *it = (PySeqIterObject *)self;
    Py_ssize_t size = it->seq != NULL ? Py_TYPE(it->seq)->tp_len(it->seq) : 0;
    return size > it->index ? size - it->index : 0;
}

#define SEQ_ITERATOR(NAME, TP_NAME)                                            \
    PyTypeObject NAME = {                                                      \
        .ob_base = PyObject_HEAD_INIT(&PyType_Type),                           \
        .tp_name = TP_NAME,                                                    \
        .tp_basicsize = sizeof(PySeqIterObject),                               \
        .tp_dealloc = seqiter_dealloc,                                         \
        .tp_traverse = seqiter_traverse,                                       \
        .tp_iter = seqiter_iter,                                               \
        .tp_iternext = seqiter_next,                                           \
        .tp_length_hint = seqiter_left,                                        \
        .tp_base = &PyBaseObject_Type,                                         \
    };
SEQ_ITERATOR(PySeqIter_Type, "list_iterator")
SEQ_ITERATOR(PyTupleIter_Type, "tuple_iterator")
SEQ_ITERATOR(PyStrAsciiIter_Type, "str_ascii_iterator")
SEQ_ITERATOR(PyStrIter_Type, "str_iterator")

/* iter() of an object whose class defines __getitem__ and not __iter__:
   obj[0], obj[1], ... until IndexError or StopIteration, as CPython's
   PySeqIter (Objects/iterobject.c, 3.13), named "iterator". */
static PyObject *
getitem_iter_next(PyObject *self)
{
    PySeqIterObject *it = (PySeqIterObject *)self;
    PyObject *seq = it->seq;
    if (seq == NULL)
        return NULL;
    PyObject *index = PyLong_FromLong(it->index);
    if (index == NULL)
        return NULL;
    PyObject *item = Py_TYPE(seq)->tp_getitem(seq, index);
    Py_DECREF(index);
    if (item != NULL) {
        it->index++;
        return item;
    }
    if (PyErr_ExceptionMatches(EXC_INDEX) ||
        PyErr_ExceptionMatches(EXC_STOP_ITERATION)) {
        PyErr_Clear(); /* the end */
        it->seq = NULL;
        Py_DECREF(seq);
    }
    return NULL;
}

PyTypeObject PyGetItemIter_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "iterator",
    .tp_basicsize = sizeof(PySeqIterObject),
    .tp_dealloc = seqiter_dealloc,
    .tp_traverse = seqiter_traverse,
    .tp_iter = seqiter_iter,
    .tp_iternext = getitem_iter_next,
    .tp_base = &PyBaseObject_Type,
};

PyObject *
_PyGetItemIter_New(PyObject *seq)
{
    PySeqIterObject *it = PyObject_New(PySeqIterObject, &PyGetItemIter_Type);
    if (it == NULL)
        return NULL;
    it->index = 0;
    it->seq = Py_NewRef(seq);
    return (PyObject *)it;
}

/* iter(callable, sentinel): call until the result equals sentinel. */
typedef struct {
    PyObject_HEAD;
    PyObject *callable; /* both NULL once the sentinel came */
    PyObject *sentinel;
} CallIterObject;

PyObject *
PyCallIter_New(PyObject *callable, PyObject *sentinel)
{
    CallIterObject *it = PyObject_New(CallIterObject, &PyCallIter_Type);
    if (it == NULL)
        return NULL;
    it->callable = Py_NewRef(callable);
    it->sentinel = Py_NewRef(sentinel);
    return (PyObject *)it;
}

static void
calliter_dealloc(PyObject *self)
{
    Py_XDECREF(((CallIterObject *)self)->callable);
    Py_XDECREF(((CallIterObject *)self)->sentinel);
    PyObject_Del(self);
}

static int
calliter_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((CallIterObject *)self)->callable);
    Py_VISIT(((CallIterObject *)self)->sentinel);
    return 0;
}

static PyObject *
calliter_next(PyObject *self)
{
    CallIterObject *it = (CallIterObject *)self;
    if (it->callable == NULL)
        return NULL;
    PyObject *no_args[1] = {NULL};
    PyObject *result = PyObject_Call(it->callable, no_args, 0, NULL);
    if (result == NULL && PyErr_ExceptionMatches(EXC_STOP_ITERATION)) {
        PyErr_Clear(); /* the callable says it is done */
        Py_CLEAR(it->callable);
        Py_CLEAR(it->sentinel);
    }
    if (result == NULL)
        return NULL;
    int done = PyObject_RichCompareBool(it->sentinel, result, Py_EQ);
    if (done == 0)
        return result;
    Py_DECREF(result);
    if (done > 0) {
        Py_CLEAR(it->callable);
        Py_CLEAR(it->sentinel);
    }
    return NULL;
}

PyTypeObject PyCallIter_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "callable_iterator",
    .tp_basicsize = sizeof(CallIterObject),
    .tp_dealloc = calliter_dealloc,
    .tp_traverse = calliter_traverse,
    .tp_iter = seqiter_iter,
    .tp_iternext = calliter_next,
    .tp_base = &PyBaseObject_Type,
};
