/* Functions written in C: builtins, and methods of builtin types. */
#include "methodobject.h"

#include "classobject.h"
#include "errors.h"
#include "unicodeobject.h"

PyObject *
PyCFunction_New(PyMethodDef *ml, PyObject *self)
{
    PyCFunctionObject *op = PyObject_New(PyCFunctionObject, &PyCFunction_Type);
    if (op == NULL)
        return NULL;
    op->m_ml = ml;
    op->m_self = self;
    Py_XINCREF(self);
    return (PyObject *)op;
}

/* Check the arguments against what the function accepts, with messages
   like CPython's, then call it. */
PyObject *
_PyCFunction_Call(PyMethodDef *ml, PyObject *self, PyObject *const *args,
                  Py_ssize_t nargs, PyObject *kwnames)
{
    const char *name = ml->ml_name;
    /* a method's name is qualified by its type's: list.append(); a
       static method's by the type it is bound to: str.maketrans() */
    const char *type = self == NULL         ? ""
                       : PyType_Check(self) ? ((PyTypeObject *)self)->tp_name
                                            : Py_TYPE(self)->tp_name;
    const char *dot = ".";
    if (self == NULL)
        dot = "";
    if (kwnames != NULL && !ml->ml_keywords) {
        PyErr_Format(EXC_TYPE, "%s%s%s() takes no keyword arguments", type, dot,
                     name);
        return NULL;
    }
    if (nargs >= ml->ml_minargs && nargs <= ml->ml_maxargs)
        return ml->ml_meth(self, args, nargs, kwnames);
    if (ml->ml_maxargs == 0)
        PyErr_Format(EXC_TYPE, "%s%s%s() takes no arguments (%zd given)", type,
                     dot, name, nargs);
    else if (ml->ml_minargs == 1 && ml->ml_maxargs == 1)
        PyErr_Format(EXC_TYPE,
                     "%s%s%s() takes exactly one argument (%zd given)", type,
                     dot, name, nargs);
    else if (ml->ml_minargs == ml->ml_maxargs)
        PyErr_Format(EXC_TYPE, "%s expected %d arguments, got %zd", name,
                     ml->ml_minargs, nargs);
    else if (nargs < ml->ml_minargs)
        PyErr_Format(EXC_TYPE, "%s expected at least %d argument%s, got %zd",
                     name, ml->ml_minargs, ml->ml_minargs == 1 ? "" : "s",
                     nargs);
    else
        PyErr_Format(EXC_TYPE, "%s expected at most %d argument%s, got %zd",
                     name, ml->ml_maxargs, ml->ml_maxargs == 1 ? "" : "s",
                     nargs);
    return NULL;
}

static void
cfunction_dealloc(PyObject *self)
{
    Py_XDECREF(((PyCFunctionObject *)self)->m_self);
    PyObject_Del(self);
}

/* The object a method is bound to, if any.  (A method descriptor holds
   its type without owning a reference: it has nothing to visit.) */
static int
cfunction_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((PyCFunctionObject *)self)->m_self);
    return 0;
}

static PyObject *
cfunction_repr(PyObject *self)
{
    PyCFunctionObject *op = (PyCFunctionObject *)self;
    if (op->m_self == NULL)
        return PyUnicode_FromFormat("<built-in function %s>",
                                    op->m_ml->ml_name);
    return PyUnicode_FromFormat("<built-in method %s of %s object at %p>",
                                op->m_ml->ml_name, Py_TYPE(op->m_self)->tp_name,
                                (void *)op->m_self);
}

static PyObject *
cfunction_call(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
               PyObject *kwnames)
{
    PyCFunctionObject *op = (PyCFunctionObject *)self;
    return _PyCFunction_Call(op->m_ml, op->m_self, args, nargs, kwnames);
}

PyTypeObject PyCFunction_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "builtin_function_or_method",
    .tp_basicsize = sizeof(PyCFunctionObject),
    .tp_dealloc = cfunction_dealloc,
    .tp_traverse = cfunction_traverse,
    .tp_repr = cfunction_repr,
    .tp_call = cfunction_call,
    .tp_base = &PyBaseObject_Type,
};

PyObject *
PyDescr_NewMethod(PyTypeObject *type, PyMethodDef *ml)
{
    PyMethodDescrObject *op =
        PyObject_New(PyMethodDescrObject, &PyMethodDescr_Type);
    if (op == NULL)
        return NULL;
    op->d_method = ml;
    op->d_type = type;
    return (PyObject *)op;
}

static void
descr_dealloc(PyObject *self)
{
    PyObject_Del(self);
}

static PyObject *
descr_repr(PyObject *self)
{
    PyMethodDescrObject *op = (PyMethodDescrObject *)self;
    return PyUnicode_FromFormat("<method '%s' of '%s' objects>",
                                op->d_method->ml_name, op->d_type->tp_name);
}

/* list.append(a, 1) is a.append(1). */
static PyObject *
descr_call(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
           PyObject *kwnames)
{
    PyMethodDescrObject *op = (PyMethodDescrObject *)self;
    const char *name = op->d_method->ml_name, *type = op->d_type->tp_name;
    if (nargs < 1) {
        PyErr_Format(EXC_TYPE, "unbound method %s.%s() needs an argument", type,
                     name);
        return NULL;
    }
    if (!PyType_IsSubtype(Py_TYPE(args[0]), op->d_type)) {
        PyErr_Format(EXC_TYPE,
                     "descriptor '%s' for '%s' objects doesn't apply to a "
                     "'%s' object",
                     name, type, Py_TYPE(args[0])->tp_name);
        return NULL;
    }
    return _PyCFunction_Call(op->d_method, args[0], args + 1, nargs - 1,
                             kwnames);
}

PyTypeObject PyMethodDescr_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "method_descriptor",
    .tp_basicsize = sizeof(PyMethodDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = descr_repr,
    .tp_call = descr_call,
    .tp_base = &PyBaseObject_Type,
};
