/* The builtins: the functions and types every script can name. */
#include "builtins.h"

#include "abstract.h"
#include "classobject.h"
#include "dictobject.h"
#include "errors.h"
#include "eval.h"
#include "interp.h"
#include "listobject.h"
#include "longobject.h"
#include "methodobject.h"
#include "rangeobject.h"
#include "tupleobject.h"
#include "unicodeobject.h"

#include <stdio.h>
#include <string.h>

/* print(*objects, sep=' ', end='\n', flush=False) */
static PyObject *
builtin_print(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
              PyObject *kwnames)
{
    (void)self;
    const char *sep = " ", *end = "\n";
    bool flush = false;
    for (Py_ssize_t k = 0; kwnames && k < Py_SIZE(kwnames); k++) {
        PyObject *kw = PyTuple_GET_ITEM(kwnames, k), *value = args[nargs + k];
        bool is_sep = _PyUnicode_EqualToASCII(kw, "sep");
        if (!is_sep && !_PyUnicode_EqualToASCII(kw, "end") &&
            !_PyUnicode_EqualToASCII(kw, "flush")) {
            PyErr_Format(EXC_TYPE,
                         "'%s' is an invalid keyword argument for "
                         "print() in minipy",
                         PyUnicode_AsUTF8(kw));
            return NULL;
        }
        if (_PyUnicode_EqualToASCII(kw, "flush")) {
            flush = PyObject_IsTrue(value) > 0;
            continue;
        }
        if (value != Py_None && !PyUnicode_Check(value)) {
            PyErr_Format(EXC_TYPE, "%s must be None or a string, not %s",
                         is_sep ? "sep" : "end", Py_TYPE(value)->tp_name);
            return NULL;
        }
        if (value != Py_None)
            *(is_sep ? &sep : &end) = PyUnicode_AsUTF8(value);
    }
    for (Py_ssize_t i = 0; i < nargs; i++) {
        PyObject *text = PyObject_Str(args[i]);
        if (text == NULL)
            return NULL;
        if (i > 0)
            fputs(sep, stdout);
        fwrite(PyUnicode_AsUTF8(text), 1, (size_t)Py_SIZE(text), stdout);
        Py_DECREF(text);
    }
    fputs(end, stdout);
    if (flush)
        fflush(stdout);
    Py_RETURN_NONE;
}

/* id(x) is the object's address: where it lives in the heap. */
static PyObject *
builtin_id(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
           PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return PyLong_FromLong((int64_t)(intptr_t)args[0]);
}

static PyObject *
builtin_len(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    Py_ssize_t n = PyObject_Length(args[0]);
    return n < 0 ? NULL : PyLong_FromLong(n);
}

static PyObject *
builtin_repr(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
             PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return PyObject_Repr(args[0]);
}

static int
is_instance(PyObject *obj, PyObject *cls)
{
    if (PyTuple_Check(cls)) {
        for (Py_ssize_t i = 0; i < Py_SIZE(cls); i++) {
            int found = is_instance(obj, PyTuple_GET_ITEM(cls, i));
            if (found != 0)
                return found;
        }
        return 0;
    }
    if (!PyType_Check(cls)) {
        PyErr_Format(EXC_TYPE, "isinstance() arg 2 must be a type, a tuple "
                               "of types, or a union");
        return -1;
    }
    return PyType_IsSubtype(Py_TYPE(obj), (PyTypeObject *)cls);
}

static PyObject *
builtin_isinstance(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                   PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    int found = is_instance(args[0], args[1]);
    return found < 0 ? NULL : PyBool_FromLong(found);
}

/* globals() and locals() see the frame that called them. */
static PyObject *
builtin_globals(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                PyObject *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return Py_NewRef(interp.frame->globals);
}

static PyObject *
builtin_locals(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
               PyObject *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return _PyFrame_LocalsToDict(interp.frame);
}

static PyMethodDef builtin_functions[] = {
    {"print", builtin_print, 0, INT32_MAX, true},
    {"id", builtin_id, 1, 1, false},
    {"len", builtin_len, 1, 1, false},
    {"repr", builtin_repr, 1, 1, false},
    {"isinstance", builtin_isinstance, 2, 2, false},
    {"globals", builtin_globals, 0, 0, false},
    {"locals", builtin_locals, 0, 0, false},
    {NULL, NULL, 0, 0, false},
};

PyObject *
_PyBuiltins_Create(void)
{
    static const struct {
        const char *name;
        PyTypeObject *type;
    } types[] = {
        {"bool", &PyBool_Type},         {"dict", &PyDict_Type},
        {"int", &PyLong_Type},          {"list", &PyList_Type},
        {"object", &PyBaseObject_Type}, {"range", &PyRange_Type},
        {"str", &PyUnicode_Type},       {"tuple", &PyTuple_Type},
        {"type", &PyType_Type},
    };
    PyObject *dict = PyDict_New();
    for (PyMethodDef *ml = builtin_functions; dict && ml->ml_name; ml++) {
        PyObject *func = PyCFunction_New(ml, NULL);
        if (func == NULL || PyDict_SetItemString(dict, ml->ml_name, func) < 0)
            Py_CLEAR(dict);
        Py_XDECREF(func);
    }
    for (size_t i = 0; dict && i < sizeof types / sizeof *types; i++)
        if (PyDict_SetItemString(dict, types[i].name,
                                 (PyObject *)types[i].type) < 0)
            Py_CLEAR(dict);
    if (dict &&
        (PyDict_SetItemString(dict, "None", Py_None) < 0 ||
         PyDict_SetItemString(dict, "True", Py_True) < 0 ||
         PyDict_SetItemString(dict, "False", Py_False) < 0 ||
         PyDict_SetItemString(dict, "NotImplemented", Py_NotImplemented) < 0))
        Py_CLEAR(dict);
    return dict;
}
