/* The sys module: its functions are listed in config.c. */
#include "sysmodule.h"

#include "dictobject.h"
#include "errors.h"
#include "interp.h"
#include "listobject.h"
#include "longobject.h"
#include "moduleobject.h"
#include "unicodeobject.h"

#include <stdio.h>

PyObject *
_PySys_GetRecursionLimit(PyObject *self, PyObject *const *args,
                         Py_ssize_t nargs, PyObject *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return PyLong_FromLong(interp.recursion_limit);
}

/* The limit counts frames, the module's included, as in CPython 3.12+. */
PyObject *
_PySys_SetRecursionLimit(PyObject *self, PyObject *const *args,
                         Py_ssize_t nargs, PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    if (!PyLong_Check(args[0])) {
        PyErr_Format(EXC_TYPE,
                     "'%s' object cannot be interpreted as an "
                     "integer",
                     Py_TYPE(args[0])->tp_name);
        return NULL;
    }
    int64_t limit = PyLong_AsLong(args[0]);
    if (limit > INT32_MAX || limit < INT32_MIN) {
        PyErr_Format(EXC_OVERFLOW, "Python int too large to convert to C int");
        return NULL;
    }
    if (limit < 1) {
        PyErr_Format(EXC_VALUE, "recursion limit must be greater or equal "
                                "than 1");
        return NULL;
    }
    if (limit <= interp.depth) {
        PyErr_Format(EXC_RECURSION,
                     "cannot set the recursion limit to %lld "
                     "at the recursion depth %d: the limit is too low",
                     (long long)limit, interp.depth);
        return NULL;
    }
    interp.recursion_limit = (int)limit;
    Py_RETURN_NONE;
}

/* sys.argv, as CPython sets it: the script's name ("-c" for a command,
   "-" for standard input, "" for none) and the arguments after it. */
static PyObject *
make_argv(void)
{
    PyObject *argv = PyList_New(0);
    for (int i = -1; argv != NULL && i < interp.nargs; i++) {
        const char *arg =
            i < 0 ? (interp.argv0 ? interp.argv0 : "") : interp.args[i];
        PyObject *s = PyUnicode_FromString(arg);
        if (s == NULL || PyList_Append(argv, s) < 0)
            Py_CLEAR(argv);
        Py_XDECREF(s);
    }
    return argv;
}

PyObject *
_PySys_Create(void)
{
    PyObject *sys = PyModule_New("sys", _PySys_Functions);
    PyObject *argv = sys ? make_argv() : NULL;
    if (argv == NULL || PyDict_SetItemString(((PyModuleObject *)sys)->md_dict,
                                             "argv", argv) < 0)
        Py_CLEAR(sys);
    Py_XDECREF(argv);
    return sys;
}

/* CPython's sys.displayhook (Python/sysmodule.c, 3.13), which its
   INTRINSIC_PRINT calls: _ is set to None before the repr is made, and
   to the value once it is printed. */
PyObject *
_PySys_DisplayHook(PyObject *value)
{
    if (value == Py_None)
        Py_RETURN_NONE;
    if (PyDict_SetItemString(interp.builtins, "_", Py_None) < 0)
        return NULL;
    PyObject *text = PyObject_Repr(value);
    if (text == NULL)
        return NULL;
    fwrite(PyUnicode_AsUTF8(text), 1, (size_t)Py_SIZE(text), stdout);
    fputc('\n', stdout);
    Py_DECREF(text);
    if (PyDict_SetItemString(interp.builtins, "_", value) < 0)
        return NULL;
    Py_RETURN_NONE;
}
