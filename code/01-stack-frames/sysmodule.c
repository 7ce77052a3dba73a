/* The sys module: its functions are listed in config.c. */
#include "sysmodule.h"

#include "dictobject.h"
#include "errors.h"
#include "interp.h"
#include "longobject.h"
#include "moduleobject.h"
#include "unicodeobject.h"

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

PyObject *
_PySys_Create(void)
{
    return PyModule_New("sys", _PySys_Functions);
}
