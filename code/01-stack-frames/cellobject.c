/* Cells: the variables closures share (cellobject.h). */
#include "cellobject.h"

#include "errors.h"
#include "unicodeobject.h"

PyObject *
PyCell_New(PyObject *value)
{
    PyCellObject *op = PyObject_New(PyCellObject, &PyCell_Type);
    if (op != NULL) {
        Py_XINCREF(value);
        op->ob_ref = value;
    }
    return (PyObject *)op;
}

static void
cell_dealloc(PyObject *self)
{
    Py_XDECREF(((PyCellObject *)self)->ob_ref);
    PyObject_Del(self);
}

static int
cell_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((PyCellObject *)self)->ob_ref);
    return 0;
}

/* <cell at 0x...: int object at 0x...>, or <cell at 0x...: empty>. */
static PyObject *
cell_repr(PyObject *self)
{
    PyObject *value = ((PyCellObject *)self)->ob_ref;
    if (value == NULL)
        return PyUnicode_FromFormat("<cell at %p: empty>", (void *)self);
    return PyUnicode_FromFormat("<cell at %p: %s object at %p>", (void *)self,
                                Py_TYPE(value)->tp_name, (void *)value);
}

static PyObject *
cell_getattro(PyObject *self, PyObject *name)
{
    if (!_PyUnicode_EqualToASCII(name, "cell_contents"))
        return PyObject_GenericGetAttr(self, name);
    PyObject *value = ((PyCellObject *)self)->ob_ref;
    if (value == NULL)
        PyErr_Format(EXC_VALUE, "Cell is empty");
    Py_XINCREF(value);
    return value;
}

PyTypeObject PyCell_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "cell",
    .tp_basicsize = sizeof(PyCellObject),
    .tp_dealloc = cell_dealloc,
    .tp_traverse = cell_traverse,
    .tp_repr = cell_repr,
    .tp_getattro = cell_getattro,
    .tp_base = &PyBaseObject_Type,
};
