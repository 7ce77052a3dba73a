/* The sys module: its functions are listed in config.c. */
#include "sysmodule.h"

#include "dictobject.h"
#include "errors.h"
#include "exceptions.h"
#include "interp.h"
#include "listobject.h"
#include "longobject.h"
#include "moduleobject.h"
#include "tupleobject.h"
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

/* sys.exit(status=None): raise SystemExit(status), as CPython's
   PyErr_SetObject makes it (Python/errors.c, 3.13): a tuple is the
   arguments, None none, a SystemExit is raised as it is. */
PyObject *
_PySys_Exit(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)self, (void)kwnames;
    PyObject *status = nargs > 0 ? args[0] : Py_None, *exc;
    if (PyExceptionInstance_Check(status) &&
        _PyExc_KindOf(Py_TYPE(status)) == EXC_SYSTEM_EXIT)
        exc = Py_NewRef(status);
    else if (status == Py_None)
        exc = _PyExc_NewSystemExit(NULL, 0);
    else if (PyTuple_Check(status))
        exc = _PyExc_NewSystemExit(((PyTupleObject *)status)->ob_item,
                                   Py_SIZE(status));
    else
        exc = _PyExc_NewSystemExit(&status, 1);
    if (exc != NULL)
        _PyErr_SetObject(exc);
    return NULL;
}

bool
_PySys_HandleSystemExit(int *status)
{
    if (!PyErr_ExceptionMatches(EXC_SYSTEM_EXIT))
        return false;
    PyObject *exc = _PyErr_GetRaisedException();
    PyObject *code = _PyExc_SystemExitCode(exc);
    *status = 0;
    if (PyLong_Check(code)) {
        /* the low byte is what the process's parent sees (exit(3)) */
        *status = (int)((uint64_t)PyLong_AsLong(code) & 0xFF);
    } else if (code != Py_None) {
        PyObject *text = PyObject_Str(code);
        if (text != NULL)
            fwrite(PyUnicode_AsUTF8(text), 1, (size_t)Py_SIZE(text), stderr);
        else
            PyErr_Clear();
        fputc('\n', stderr);
        Py_XDECREF(text);
        *status = 1;
    }
    Py_DECREF(exc);
    return true;
}

/* A value of sys's that CPython's has too, where minipy's is the same:
   how big a container can be, the order of an int's bytes in memory,
   the system it runs on. */
static int
set_value(PyObject *sys, const char *name, PyObject *value)
{
    PyObject *dict = ((PyModuleObject *)sys)->md_dict;
    int status = value ? PyDict_SetItemString(dict, name, value) : -1;
    Py_XDECREF(value);
    return status;
}

PyObject *
_PySys_Create(void)
{
    PyObject *sys = PyModule_New("sys", _PySys_Functions);
    if (sys == NULL || set_value(sys, "argv", make_argv()) < 0 ||
        set_value(sys, "maxsize", PyLong_FromLong(PTRDIFF_MAX)) < 0 ||
        set_value(sys, "byteorder", PyUnicode_FromString(PY_BYTEORDER)) < 0 ||
        set_value(sys, "platform", PyUnicode_FromString(PY_PLATFORM)) < 0)
        Py_CLEAR(sys);
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
