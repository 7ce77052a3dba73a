/* module: a namespace with a name. */
#include "moduleobject.h"

#include "dictobject.h"
#include "errors.h"
#include "methodobject.h"
#include "unicodeobject.h"

PyObject *
PyModule_New(const char *name, PyMethodDef *functions)
{
    PyModuleObject *op = PyObject_New(PyModuleObject, &PyModule_Type);
    if (op == NULL)
        return NULL;
    op->md_name = PyUnicode_FromString(name);
    op->md_dict = PyDict_New();
    if (op->md_name == NULL || op->md_dict == NULL ||
        PyDict_SetItemString(op->md_dict, "__name__", op->md_name) < 0)
        goto fail;
    for (PyMethodDef *ml = functions; ml && ml->ml_name; ml++) {
        PyObject *func = PyCFunction_New(ml, NULL);
        if (func == NULL ||
            PyDict_SetItemString(op->md_dict, ml->ml_name, func) < 0) {
            Py_XDECREF(func);
            goto fail;
        }
        Py_DECREF(func);
    }
    return (PyObject *)op;
fail:
    Py_DECREF((PyObject *)op);
    return NULL;
}

static void
module_dealloc(PyObject *self)
{
    PyModuleObject *op = (PyModuleObject *)self;
    Py_XDECREF(op->md_name);
    Py_XDECREF(op->md_dict);
    PyObject_Del(self);
}

/* The namespace only: md_name is a str, which holds nothing (CPython's
   module_traverse, Objects/moduleobject.c, 3.13, visits md_dict). */
static int
module_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((PyModuleObject *)self)->md_dict);
    return 0;
}

static PyObject *
module_repr(PyObject *self)
{
    return PyUnicode_FromFormat(
        "<module '%s' (built-in)>",
        PyUnicode_AsUTF8(((PyModuleObject *)self)->md_name));
}

static PyObject *
module_getattro(PyObject *self, PyObject *name)
{
    PyModuleObject *op = (PyModuleObject *)self;
    PyObject *value = PyDict_GetItemWithError(op->md_dict, name);
    if (value != NULL)
        return Py_NewRef(value);
    if (!PyErr_Occurred() && _PyUnicode_EqualToASCII(name, "__dict__"))
        return Py_NewRef(op->md_dict);
    if (!PyErr_Occurred() && _PyUnicode_EqualToASCII(name, "__class__"))
        return Py_NewRef((PyObject *)Py_TYPE(self));
    if (!PyErr_Occurred()) {
        PyErr_Format(EXC_ATTRIBUTE, "module '%s' has no attribute '%s'",
                     PyUnicode_AsUTF8(op->md_name), PyUnicode_AsUTF8(name));
        _PyErr_SetAttributeError(self, name);
    }
    return NULL;
}

static int
module_setattro(PyObject *self, PyObject *name, PyObject *value)
{
    PyModuleObject *op = (PyModuleObject *)self;
    if (value != NULL)
        return PyDict_SetItem(op->md_dict, name, value);
    return PyDict_DelItem(op->md_dict, name);
}

PyTypeObject PyModule_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "module",
    .tp_basicsize = sizeof(PyModuleObject),
    .tp_dealloc = module_dealloc,
    .tp_traverse = module_traverse,
    .tp_repr = module_repr,
    .tp_getattro = module_getattro,
    .tp_setattro = module_setattro,
    .tp_base = &PyBaseObject_Type,
};

/* At exit, a module's namespace lets go of its values in the order the
   names were made, as CPython's does when its module is released (see
   the __del__ examples of chapter 3, measured against it).  Setting them
   to None first also breaks the loop between the namespace and the
   functions defined in it, which hold it as their globals. */
void
_PyModule_ClearDict(PyObject *dict)
{
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (PyDict_Next(dict, &pos, &key, &value)) {
        if (value == Py_None || _PyUnicode_EqualToASCII(key, "__builtins__"))
            continue;
        if (PyDict_SetItem(dict, key, Py_None) < 0)
            PyErr_Clear();
    }
}
