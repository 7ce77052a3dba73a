#ifndef MINIPY_MODULEOBJECT_H
#define MINIPY_MODULEOBJECT_H

#include "object.h"

/* A module: a name and a namespace dict (sys, and gc from chapter 5). */
typedef struct {
    PyObject_HEAD;
    PyObject *md_name;
    PyObject *md_dict;
} PyModuleObject;

extern PyTypeObject PyModule_Type;
#define PyModule_Check(op) Py_IS_TYPE(op, &PyModule_Type)

PyObject *PyModule_New(const char *name, PyMethodDef *functions);
/* Has CPython 3.13's module of that name an attribute of that name
   (modules_cpython.c)? */
bool _PyModule_IsCPythons(const char *module, const char *name);
/* Rebind every name of a module namespace to None, in order (at exit). */
void _PyModule_ClearDict(PyObject *dict);

#endif
