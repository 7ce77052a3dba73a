/* slice: what seq[a:b:c] passes to the sequence. */
#include "sliceobject.h"

#include "errors.h"
#include "longobject.h"
#include "unicodeobject.h"

PyObject *
PySlice_New(PyObject *start, PyObject *stop, PyObject *step)
{
    PySliceObject *op = PyObject_New(PySliceObject, &PySlice_Type);
    if (op == NULL)
        return NULL;
    op->start = Py_NewRef(start);
    op->stop = Py_NewRef(stop);
    op->step = Py_NewRef(step);
    return (PyObject *)op;
}

static void
slice_dealloc(PyObject *self)
{
    PySliceObject *op = (PySliceObject *)self;
    Py_DECREF(op->start);
    Py_DECREF(op->stop);
    Py_DECREF(op->step);
    PyObject_Del(self);
}

static int
slice_traverse(PyObject *self, visitproc visit, void *arg)
{
    PySliceObject *op = (PySliceObject *)self;
    Py_VISIT(op->start);
    Py_VISIT(op->stop);
    Py_VISIT(op->step);
    return 0;
}

static PyObject *
slice_repr(PyObject *self)
{
    PySliceObject *op = (PySliceObject *)self;
    PyObject *parts[3] = {op->start, op->stop, op->step}, *text[3] = {0};
    PyObject *result = NULL;
    for (int i = 0; i < 3; i++)
        if ((text[i] = PyObject_Repr(parts[i])) == NULL)
            goto done;
    result = PyUnicode_FromFormat(
        "slice(%s, %s, %s)", PyUnicode_AsUTF8(text[0]),
        PyUnicode_AsUTF8(text[1]), PyUnicode_AsUTF8(text[2]));
done:
    for (int i = 0; i < 3; i++)
        Py_XDECREF(text[i]);
    return result;
}

static int
slice_bound(PyObject *bound, Py_ssize_t *out)
{
    if (!PyLong_Check(bound)) {
        PyErr_Format(EXC_TYPE,
                     "slice indices must be integers or None or have an "
                     "__index__ method");
        return -1;
    }
    int64_t v = PyLong_AsLong(bound);
    *out = v > PTRDIFF_MAX / 2    ? PTRDIFF_MAX / 2
           : v < -PTRDIFF_MAX / 2 ? -PTRDIFF_MAX / 2
                                  : (Py_ssize_t)v;
    return 0;
}

/* The start or end a method takes (list.index, str.find): an int, or
   None where allow_none.  Too big a number is clamped, as CPython does. */
int
_PyEval_SliceIndex(PyObject *v, Py_ssize_t *out, bool allow_none)
{
    if (v == Py_None && allow_none)
        return 0;
    if (!PyLong_Check(v)) {
        PyErr_Format(EXC_TYPE, allow_none ? "slice indices must be integers or "
                                            "None or have an __index__ method"
                                          : "slice indices must be integers or "
                                            "have an __index__ method");
        return -1;
    }
    return slice_bound(v, out);
}

/* start and end as seq[start:end] would take them, step 1: negative
   ones count from the end, then at least 0 and at most n (CPython's
   ADJUST_INDICES, which leaves a start past the end as it is). */
void
_PySlice_AdjustIndices(Py_ssize_t n, Py_ssize_t *start, Py_ssize_t *end)
{
    if (*end > n)
        *end = n;
    else if (*end < 0 && (*end += n) < 0)
        *end = 0;
    if (*start < 0 && (*start += n) < 0)
        *start = 0;
}

/* Clamp a bound into the sequence, counting negative ones from the end. */
static Py_ssize_t
clamp(Py_ssize_t i, Py_ssize_t n, Py_ssize_t step)
{
    if (i < 0) {
        i += n;
        if (i < 0)
            i = step < 0 ? -1 : 0;
    } else if (i >= n) {
        i = step < 0 ? n - 1 : n;
    }
    return i;
}

int
_PySlice_Unpack(PyObject *self, Py_ssize_t n, Py_ssize_t *start,
                Py_ssize_t *stop, Py_ssize_t *step, Py_ssize_t *count)
{
    PySliceObject *op = (PySliceObject *)self;
    *step = 1;
    if (op->step != Py_None && slice_bound(op->step, step) < 0)
        return -1;
    if (*step == 0) {
        PyErr_Format(EXC_VALUE, "slice step cannot be zero");
        return -1;
    }
    if (op->start == Py_None)
        *start = *step < 0 ? n - 1 : 0;
    else if (slice_bound(op->start, start) < 0)
        return -1;
    else
        *start = clamp(*start, n, *step);
    if (op->stop == Py_None)
        *stop = *step < 0 ? -1 : n;
    else if (slice_bound(op->stop, stop) < 0)
        return -1;
    else
        *stop = clamp(*stop, n, *step);
    if (*step > 0)
        *count = *stop > *start ? (*stop - *start - 1) / *step + 1 : 0;
    else
        *count = *stop < *start ? (*start - *stop - 1) / -*step + 1 : 0;
    return 0;
}

PyTypeObject PySlice_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "slice",
    .tp_basicsize = sizeof(PySliceObject),
    .tp_dealloc = slice_dealloc,
    .tp_traverse = slice_traverse,
    .tp_repr = slice_repr,
    .tp_base = &PyBaseObject_Type,
};
