/* The sys module, and import. */
#include "sysmodule.h"

#include "dictobject.h"
#include "errors.h"
#include "interp.h"
#include "longobject.h"
#include "moduleobject.h"
#include "unicodeobject.h"

static PyObject *
sys_getrecursionlimit(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                      PyObject *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return PyLong_FromLong(interp.recursion_limit);
}

/* The limit counts frames, the module's included, as in CPython 3.12+. */
static PyObject *
sys_setrecursionlimit(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                      PyObject *kwnames)
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

static PyMethodDef sys_functions[] = {
    {"getrecursionlimit", sys_getrecursionlimit, 0, 0, false},
    {"setrecursionlimit", sys_setrecursionlimit, 1, 1, false},
    {NULL, NULL, 0, 0, false},
};

PyObject *
_PySys_Create(void)
{
    return PyModule_New("sys", sys_functions);
}

PyObject *
_PyImport_Import(PyObject *name)
{
    PyObject *module = PyDict_GetItemWithError(interp.modules, name);
    if (module != NULL)
        return Py_NewRef(module);
    if (PyErr_Occurred())
        return NULL;
    if (!_PyUnicode_EqualToASCII(name, "sys")) {
        PyErr_Format(EXC_MODULE_NOT_FOUND,
                     "No module named '%s' (minipy "
                     "has only sys at this stage)",
                     PyUnicode_AsUTF8(name));
        return NULL;
    }
    module = _PySys_Create();
    if (module == NULL || PyDict_SetItem(interp.modules, name, module) < 0) {
        Py_XDECREF(module);
        return NULL;
    }
    return module;
}
