/* Functions made by def, and functions bound to an object. */
#include "funcobject.h"

#include "errors.h"
#include "eval.h"
#include "longobject.h"
#include "unicodeobject.h"

PyObject *
PyFunction_New(Code *code, PyObject *globals, PyObject *builtins)
{
    PyFunctionObject *op = PyObject_New(PyFunctionObject, &PyFunction_Type);
    if (op == NULL)
        return NULL;
    op->func_code = code;
    op->func_globals = Py_NewRef(globals);
    op->func_builtins = Py_NewRef(builtins);
    op->func_name = Py_NewRef(code->co_name);
    op->func_qualname = Py_NewRef(code->co_qualname);
    op->func_defaults = NULL;
    op->func_kwdefaults = NULL;
    op->func_closure = NULL;
    PyObject *first = code->co_nconsts > 0 ? code->co_consts[0] : Py_None;
    op->func_doc = PyUnicode_Check(first) ? Py_NewRef(first) : NULL;
    return (PyObject *)op;
}

static void
func_dealloc(PyObject *self)
{
    PyFunctionObject *op = (PyFunctionObject *)self;
    Py_XDECREF(op->func_globals); /* chapter 5's collector may clear them */
    Py_XDECREF(op->func_builtins);
    Py_DECREF(op->func_name);
    Py_DECREF(op->func_qualname);
    Py_XDECREF(op->func_defaults);
    Py_XDECREF(op->func_kwdefaults);
    Py_XDECREF(op->func_doc);
    Py_XDECREF(op->func_closure);
    PyObject_Del(self);
}

/* Every reference a function owns, in the order of CPython's
   func_traverse (Objects/funcobject.c, 3.13).  Its code is no object
   here (a Code struct the program owns), so there is no edge to it or
   to the constants it uses, where CPython visits func_code; minipy has
   no function attributes (func_dict) to visit. */
static int
func_traverse(PyObject *self, visitproc visit, void *arg)
{
    PyFunctionObject *op = (PyFunctionObject *)self;
    Py_VISIT(op->func_globals);
    Py_VISIT(op->func_builtins);
    Py_VISIT(op->func_defaults);
    Py_VISIT(op->func_kwdefaults);
    Py_VISIT(op->func_doc);
    Py_VISIT(op->func_name);
    Py_VISIT(op->func_closure);
    Py_VISIT(op->func_qualname);
    return 0;
}

static PyObject *
func_repr(PyObject *self)
{
    PyFunctionObject *op = (PyFunctionObject *)self;
    return PyUnicode_FromFormat("<function %s at %p>",
                                PyUnicode_AsUTF8(op->func_qualname),
                                (void *)self);
}

static PyObject *
func_getattro(PyObject *self, PyObject *name)
{
    PyFunctionObject *op = (PyFunctionObject *)self;
    if (_PyUnicode_EqualToASCII(name, "__name__"))
        return Py_NewRef(op->func_name);
    if (_PyUnicode_EqualToASCII(name, "__qualname__"))
        return Py_NewRef(op->func_qualname);
    if (_PyUnicode_EqualToASCII(name, "__defaults__"))
        return Py_NewRef(op->func_defaults ? op->func_defaults : Py_None);
    if (_PyUnicode_EqualToASCII(name, "__closure__"))
        return Py_NewRef(op->func_closure ? op->func_closure : Py_None);
    if (_PyUnicode_EqualToASCII(name, "__kwdefaults__"))
        return Py_NewRef(op->func_kwdefaults ? op->func_kwdefaults : Py_None);
    if (_PyUnicode_EqualToASCII(name, "__doc__"))
        return Py_NewRef(op->func_doc ? op->func_doc : Py_None);
    return PyObject_GenericGetAttr(self, name);
}

PyTypeObject PyFunction_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "function",
    .tp_basicsize = sizeof(PyFunctionObject),
    .tp_dealloc = func_dealloc,
    .tp_traverse = func_traverse,
    .tp_repr = func_repr,
    .tp_getattro = func_getattro,
    .tp_call = _PyFunction_Vectorcall,
    .tp_base = &PyBaseObject_Type,
};

PyObject *
PyMethod_New(PyObject *func, PyObject *self)
{
    PyMethodObject *op = PyObject_New(PyMethodObject, &PyMethod_Type);
    if (op == NULL)
        return NULL;
    op->im_func = Py_NewRef(func);
    op->im_self = Py_NewRef(self);
    return (PyObject *)op;
}

static void
method_dealloc(PyObject *self)
{
    PyMethodObject *op = (PyMethodObject *)self;
    Py_DECREF(op->im_func);
    Py_DECREF(op->im_self);
    PyObject_Del(self);
}

/* The function, then the object (CPython's method_traverse,
   Objects/classobject.c, 3.13). */
static int
method_traverse(PyObject *self, visitproc visit, void *arg)
{
    PyMethodObject *op = (PyMethodObject *)self;
    Py_VISIT(op->im_func);
    Py_VISIT(op->im_self);
    return 0;
}

/* Its own two attributes, then the function's: m.__name__, m.__doc__
   (CPython's method_getattro, Objects/classobject.c, 3.13). */
static PyObject *
method_getattro(PyObject *self, PyObject *name)
{
    PyMethodObject *op = (PyMethodObject *)self;
    if (_PyUnicode_EqualToASCII(name, "__func__"))
        return Py_NewRef(op->im_func);
    if (_PyUnicode_EqualToASCII(name, "__self__"))
        return Py_NewRef(op->im_self);
    return PyObject_GetAttr(op->im_func, name);
}

static PyObject *
method_repr(PyObject *self)
{
    PyMethodObject *op = (PyMethodObject *)self;
    PyObject *target = PyObject_Repr(op->im_self);
    if (target == NULL)
        return NULL;
    PyObject *result = PyUnicode_FromFormat(
        "<bound method %s of %s>",
        PyUnicode_AsUTF8(((PyFunctionObject *)op->im_func)->func_qualname),
        PyUnicode_AsUTF8(target));
    Py_DECREF(target);
    return result;
}

/* Calling a bound method calls its function with the object first. */
static PyObject *
method_call(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    PyMethodObject *op = (PyMethodObject *)self;
    return _PyObject_CallPrepend(op->im_func, op->im_self, args, nargs,
                                 kwnames);
}

static PyObject *
method_richcompare(PyObject *v, PyObject *w, int op)
{
    if (!PyMethod_Check(v) || !PyMethod_Check(w) ||
        (op != Py_EQ && op != Py_NE))
        return Py_NotImplemented;
    PyMethodObject *a = (PyMethodObject *)v, *b = (PyMethodObject *)w;
    bool same = a->im_func == b->im_func && a->im_self == b->im_self;
    return PyBool_FromLong(same == (op == Py_EQ));
}

static Py_hash_t
method_hash(PyObject *self)
{
    PyMethodObject *op = (PyMethodObject *)self;
    Py_hash_t hash =
        _Py_HashPointer(op->im_func) ^ _Py_HashPointer(op->im_self);
    return hash == -1 ? -2 : hash;
}

PyTypeObject PyMethod_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "method",
    .tp_basicsize = sizeof(PyMethodObject),
    .tp_dealloc = method_dealloc,
    .tp_traverse = method_traverse,
    .tp_repr = method_repr,
    .tp_getattro = method_getattro,
    .tp_hash = method_hash,
    .tp_richcompare = method_richcompare,
    .tp_call = method_call,
    .tp_base = &PyBaseObject_Type,
};

/* ---- staticmethod(f), classmethod(f) ---- */

/* A function wrapped so that looking it up through a class or one of
   its objects gives the function itself (staticmethod) or the function
   bound to the class (classmethod), Objects/funcobject.c. */
static PyObject *
wrapper_vectorcall(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs,
                   PyObject *kwnames)
{
    if (kwnames != NULL && Py_SIZE(kwnames) > 0) {
        PyErr_Format(EXC_TYPE, "%s() takes no keyword arguments",
                     type->tp_name);
        return NULL;
    }
    if (nargs != 1) {
        PyErr_Format(EXC_TYPE, "%s expected 1 argument, got %zd", type->tp_name,
                     nargs);
        return NULL;
    }
    PyWrappedFunction *op = PyObject_New(PyWrappedFunction, type);
    if (op != NULL)
        op->callable = Py_NewRef(args[0]);
    return (PyObject *)op;
}

static PyObject *
staticmethod_vectorcall(PyObject *type, PyObject *const *args, Py_ssize_t nargs,
                        PyObject *kwnames)
{
    (void)type;
    return wrapper_vectorcall(&PyStaticMethod_Type, args, nargs, kwnames);
}

static PyObject *
classmethod_vectorcall(PyObject *type, PyObject *const *args, Py_ssize_t nargs,
                       PyObject *kwnames)
{
    (void)type;
    return wrapper_vectorcall(&PyClassMethod_Type, args, nargs, kwnames);
}

static void
wrapper_dealloc(PyObject *self)
{
    Py_DECREF(((PyWrappedFunction *)self)->callable);
    PyObject_Del(self);
}

static int
wrapper_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((PyWrappedFunction *)self)->callable);
    return 0;
}

/* <staticmethod(<function f at 0x...>)> */
static PyObject *
wrapper_repr(PyObject *self)
{
    PyObject *inner = PyObject_Repr(((PyWrappedFunction *)self)->callable);
    if (inner == NULL)
        return NULL;
    PyObject *r = PyUnicode_FromFormat("<%s(%s)>", Py_TYPE(self)->tp_name,
                                       PyUnicode_AsUTF8(inner));
    Py_DECREF(inner);
    return r;
}

static PyObject *
wrapper_getattro(PyObject *self, PyObject *name)
{
    if (_PyUnicode_EqualToASCII(name, "__func__") ||
        _PyUnicode_EqualToASCII(name, "__wrapped__"))
        return Py_NewRef(((PyWrappedFunction *)self)->callable);
    return PyObject_GenericGetAttr(self, name);
}

PyObject *
_PyWrappedFunction_Get(PyObject *self, PyTypeObject *type)
{
    PyObject *callable = ((PyWrappedFunction *)self)->callable;
    if (Py_IS_TYPE(self, &PyStaticMethod_Type))
        return Py_NewRef(callable);
    return PyMethod_New(callable, (PyObject *)type);
}

/* obj.f: what the class gives, bound to obj's class for a classmethod */
static PyObject *
wrapper_descr_get(PyObject *self, PyObject *obj)
{
    return _PyWrappedFunction_Get(self, Py_TYPE(obj));
}

#define WRAPPER_TYPE(NAME, TP_NAME, CALL)                                      \
    PyTypeObject NAME = {                                                      \
        .ob_base = PyObject_HEAD_INIT(&PyType_Type),                           \
        .tp_name = TP_NAME,                                                    \
        .tp_basicsize = sizeof(PyWrappedFunction),                             \
        .tp_dealloc = wrapper_dealloc,                                         \
        .tp_traverse = wrapper_traverse,                                       \
        .tp_repr = wrapper_repr,                                               \
        .tp_getattro = wrapper_getattro,                                       \
        .tp_descr_get = wrapper_descr_get,                                     \
        .tp_vectorcall = CALL,                                                 \
        .tp_base = &PyBaseObject_Type,                                         \
    };
WRAPPER_TYPE(PyStaticMethod_Type, "staticmethod", staticmethod_vectorcall)
WRAPPER_TYPE(PyClassMethod_Type, "classmethod", classmethod_vectorcall)
