#ifndef MINIPY_ABSTRACT_H
#define MINIPY_ABSTRACT_H

#include "object.h"

/* Operators and protocols, dispatched to whichever operand's type can do
   them (CPython's Objects/abstract.c). */
PyObject *PyNumber_Add(PyObject *, PyObject *);
PyObject *PyNumber_Subtract(PyObject *, PyObject *);
PyObject *PyNumber_Multiply(PyObject *, PyObject *);
PyObject *PyNumber_FloorDivide(PyObject *, PyObject *);
PyObject *PyNumber_Remainder(PyObject *, PyObject *);
PyObject *PyNumber_Divmod(PyObject *, PyObject *);
PyObject *PyNumber_Power(PyObject *, PyObject *);
PyObject *PyNumber_Lshift(PyObject *, PyObject *);
PyObject *PyNumber_Rshift(PyObject *, PyObject *);
PyObject *PyNumber_And(PyObject *, PyObject *);
PyObject *PyNumber_Xor(PyObject *, PyObject *);
PyObject *PyNumber_Or(PyObject *, PyObject *);
PyObject *PyNumber_InPlaceSubtract(PyObject *, PyObject *);
PyObject *PyNumber_InPlaceFloorDivide(PyObject *, PyObject *);
PyObject *PyNumber_InPlaceRemainder(PyObject *, PyObject *);
PyObject *PyNumber_InPlacePower(PyObject *, PyObject *);
PyObject *PyNumber_InPlaceLshift(PyObject *, PyObject *);
PyObject *PyNumber_InPlaceRshift(PyObject *, PyObject *);
PyObject *PyNumber_InPlaceAnd(PyObject *, PyObject *);
PyObject *PyNumber_InPlaceXor(PyObject *, PyObject *);
PyObject *PyNumber_InPlaceOr(PyObject *, PyObject *);
PyObject *PyNumber_Absolute(PyObject *);
PyObject *PyNumber_Invert(PyObject *);
PyObject *PyNumber_InPlaceAdd(PyObject *, PyObject *);
PyObject *PyNumber_InPlaceMultiply(PyObject *, PyObject *);
PyObject *PyNumber_Negative(PyObject *);
PyObject *PyNumber_Positive(PyObject *);

PyObject *PyObject_GetItem(PyObject *, PyObject *key);
int PyObject_SetItem(PyObject *, PyObject *key, PyObject *value);
int PyObject_DelItem(PyObject *, PyObject *key);
int PySequence_Contains(PyObject *container, PyObject *item);
Py_ssize_t PyObject_Length(PyObject *);
PyObject *PyObject_GetIter(PyObject *);
PyObject *PyIter_Next(PyObject *iter); /* NULL at the end or on error */

/* Turn an index object into a position in a sequence of length n, as
   seq[i] does: negative counts from the end.  -1 with IndexError when
   out of range. */
Py_ssize_t _PyIndex_Normalize(PyObject *index, Py_ssize_t n, const char *what);

/* Shared by list and tuple. */
PyObject *_PySeq_Repr(PyObject *const *items, Py_ssize_t n, const char *open,
                      const char *close);
/* Setting (value) or deleting (NULL) an instance's __class__ or
   __dict__: 0 or -1; 1 when name is neither. */
int _PyInstance_SetSpecial(PyObject *self, PyObject *name, PyObject *value);
/* class A(base) where minipy cannot use base: CPython's error. */
void _PyErr_SetBadBase(PyObject *base);
/* Two lists, or two tuples, compared as Python compares sequences. */
PyObject *_PySeq_RichCompare(PyObject *v, PyObject *w, int op);

#endif
