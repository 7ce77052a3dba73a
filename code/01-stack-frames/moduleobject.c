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

/* A name the module lacks: one CPython 3.13's module of that name has
   is one minipy does not support (modules_cpython.c), as a builtin
   CPython has is; any other is CPython's AttributeError (deleting one,
   in the generic setattr's words: Objects/object.c, 3.13,
   _PyObject_GenericSetAttrWithDict).  hasattr() and getattr() with a
   default let only AttributeError through, as CPython's do, so they
   pass the NotImplementedError on: a script that would take another
   path in CPython stops and says why. */
static void
no_attribute(PyModuleObject *op, PyObject *name, bool deleting)
{
    const char *module = PyUnicode_AsUTF8(op->md_name);
    const char *text = PyUnicode_AsUTF8(name);
    if (_PyModule_IsCPythons(module, text))
        PyErr_Format(EXC_NOT_IMPLEMENTED, "minipy does not support %s.%s",
                     module, text);
    else if (deleting)
        PyErr_Format(EXC_ATTRIBUTE, "'module' object has no attribute '%s'",
                     text);
    else
        PyErr_Format(EXC_ATTRIBUTE, "module '%s' has no attribute '%s'", module,
                     text);
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
        no_attribute(op, name, false);
        if (PyErr_ExceptionMatches(EXC_ATTRIBUTE))
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
    if (PyDict_DelItem(op->md_dict, name) == 0)
        return 0;
    if (PyErr_ExceptionMatches(EXC_KEY)) {
        PyErr_Clear();
        no_attribute(op, name, true);
    }
    return -1;
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
