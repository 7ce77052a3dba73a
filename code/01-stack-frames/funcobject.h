#ifndef MINIPY_FUNCOBJECT_H
#define MINIPY_FUNCOBJECT_H

#include "ast.h"

/* A function made by a def statement: its code and the module namespace
   it reads globals from. */
typedef struct {
    PyObject_HEAD;
    Code *func_code;
    PyObject *func_globals;
    PyObject *func_builtins;
    PyObject *func_name;
    PyObject *func_qualname;
    PyObject *func_defaults;   /* a tuple, or NULL */
    PyObject *func_kwdefaults; /* a dict, or NULL */
    PyObject *func_doc;        /* its docstring, or NULL: __doc__ is None */
    PyObject *func_closure;    /* a tuple of cells, or NULL */
} PyFunctionObject;

/* A function bound to an object: what a.f is when f is a method. */
typedef struct {
    PyObject_HEAD;
    PyObject *im_func;
    PyObject *im_self;
} PyMethodObject;

/* staticmethod(f) and classmethod(f): f, wrapped (funcobject.c). */
typedef struct {
    PyObject_HEAD;
    PyObject *callable;
} PyWrappedFunction;
extern PyTypeObject PyStaticMethod_Type, PyClassMethod_Type;
#define _PyWrappedFunction_Check(op)                                           \
    (Py_IS_TYPE(op, &PyStaticMethod_Type) ||                                   \
     Py_IS_TYPE(op, &PyClassMethod_Type))
/* What C.f gives for one found in C's namespace (or a base's). */
PyObject *_PyWrappedFunction_Get(PyObject *self, PyTypeObject *type);

extern PyTypeObject PyFunction_Type;
extern PyTypeObject PyMethod_Type;
#define PyFunction_Check(op) Py_IS_TYPE(op, &PyFunction_Type)
#define PyMethod_Check(op)   Py_IS_TYPE(op, &PyMethod_Type)

PyObject *PyFunction_New(Code *code, PyObject *globals, PyObject *builtins);
PyObject *PyMethod_New(PyObject *func, PyObject *self);

#endif
