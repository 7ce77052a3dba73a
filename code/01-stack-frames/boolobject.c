/* bool: a subtype of int with two objects, True and False. */
#include "longobject.h"

#include "errors.h"
#include "unicodeobject.h"

PyObject *
PyBool_FromLong(long truth)
{
    return Py_NewRef(truth ? Py_True : Py_False);
}

static PyObject *
bool_repr(PyObject *op)
{
    return PyUnicode_InternFromString(op == Py_True ? "True" : "False");
}

static PyObject *
bool_new(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs)
{
    (void)type;
    if (nargs > 1) {
        PyErr_Format(EXC_TYPE, "bool expected at most 1 argument, got %zd",
                     nargs);
        return NULL;
    }
    int truth = nargs == 0 ? 0 : PyObject_IsTrue(args[0]);
    return truth < 0 ? NULL : PyBool_FromLong(truth);
}

/* &, | and ^ of two bools are a bool; with an int, int's. */
static PyObject *
bool_bitwise(PyObject *v, PyObject *w, int op)
{
    if (!PyBool_Check(v) || !PyBool_Check(w))
        return op == '&'   ? PyLong_Type.nb_and(v, w)
               : op == '|' ? PyLong_Type.nb_or(v, w)
                           : PyLong_Type.nb_xor(v, w);
    bool a = v == Py_True, b = w == Py_True;
    return PyBool_FromLong(op == '&' ? a & b : op == '|' ? a | b : a ^ b);
}

static PyObject *
bool_and(PyObject *v, PyObject *w)
{
    return bool_bitwise(v, w, '&');
}

static PyObject *
bool_or(PyObject *v, PyObject *w)
{
    return bool_bitwise(v, w, '|');
}

static PyObject *
bool_xor(PyObject *v, PyObject *w)
{
    return bool_bitwise(v, w, '^');
}

/* Arithmetic, hashing and comparison are int's: True + 1 == 2. */
PyTypeObject PyBool_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "bool",
    .tp_basicsize = sizeof(PyLongObject),
    .tp_repr = bool_repr,
    .nb_and = bool_and,
    .nb_xor = bool_xor,
    .nb_or = bool_or,
    .tp_new = bool_new,
    .tp_base = &PyLong_Type,
};

PyLongObject _Py_FalseStruct = {PyObject_HEAD_INIT(&PyBool_Type), 0};
PyLongObject _Py_TrueStruct = {PyObject_HEAD_INIT(&PyBool_Type), 1};
