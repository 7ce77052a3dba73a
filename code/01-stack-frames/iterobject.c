/* The iterator over a list, a tuple or a str. */
#include "iterobject.h"

#include "listobject.h"
#include "longobject.h"
#include "tupleobject.h"
#include "unicodeobject.h"

PyObject *
_PySeqIter_New(PyObject *seq)
{
    PySeqIterObject *it = PyObject_New(PySeqIterObject, &PySeqIter_Type);
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

PyTypeObject PySeqIter_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "iterator",
    .tp_basicsize = sizeof(PySeqIterObject),
    .tp_dealloc = seqiter_dealloc,
    .tp_traverse = seqiter_traverse,
    .tp_iter = seqiter_iter,
    .tp_iternext = seqiter_next,
    .tp_base = &PyBaseObject_Type,
};
