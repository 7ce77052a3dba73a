#ifndef MINIPY_LONGOBJECT_H
#define MINIPY_LONGOBJECT_H

#include "object.h"

/* An int.  CPython's ints have any number of digits; ours are 64-bit and
   an operation that would overflow raises OverflowError. */
typedef struct {
    PyObject_HEAD;
    int64_t ob_ival;
} PyLongObject;

extern PyTypeObject PyLong_Type;
extern PyTypeObject PyBool_Type;
extern PyLongObject _Py_TrueStruct;
extern PyLongObject _Py_FalseStruct;
#define Py_True         ((PyObject *)&_Py_TrueStruct)
#define Py_False        ((PyObject *)&_Py_FalseStruct)
#define Py_RETURN_TRUE  return Py_NewRef(Py_True)
#define Py_RETURN_FALSE return Py_NewRef(Py_False)

#define PyLong_Check(op) PyType_IsSubtype(Py_TYPE(op), &PyLong_Type)
#define PyBool_Check(op) Py_IS_TYPE(op, &PyBool_Type)

PyObject *PyLong_FromLong(int64_t value);
int64_t PyLong_AsLong(PyObject *op); /* the value of an int or a bool */
/* An argument that must be an int (minipy has no __index__): 0 with its
   value, or -1 with CPython's TypeError. */
int _PyLong_AsIndex(PyObject *arg, int64_t *value);
PyObject *PyBool_FromLong(long truth);
/* The number of 30-bit digits CPython 3.13 stores the value in. */
int _PyLong_CPythonDigits(PyObject *op);
/* hex(), oct(), bin(): base 16, 8 or 2, with CPython's prefixes. */
PyObject *_PyLong_Format(PyObject *op, int base);

#endif
