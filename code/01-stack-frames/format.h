#ifndef MINIPY_FORMAT_H
#define MINIPY_FORMAT_H

#include "object.h"
#include "unicodeobject.h"

/* format(obj, spec): an int's, a str's or a class's __format__, or
   object.__format__ (spec NULL is the empty spec). */
PyObject *PyObject_Format(PyObject *obj, PyObject *spec);
/* ascii(obj): its repr with the non-ASCII characters escaped. */
PyObject *PyObject_ASCII(PyObject *obj);
/* n copies of the character fill (room for them all taken first: a
   count too big for memory fails the writer at once). */
void _PyUnicodeWriter_WriteFill(_PyUnicodeWriter *w, uint32_t fill,
                                Py_ssize_t n);
/* The strs items[0..n) joined, as f-strings build theirs. */
PyObject *_PyUnicode_JoinArray(PyObject *const *items, Py_ssize_t n);

/* The builtins format() and ascii(), and str.format (str_format.c). */
PyObject *_PyBuiltin_Format(PyObject *self, PyObject *const *args,
                            Py_ssize_t nargs, PyObject *kwnames);
PyObject *_PyBuiltin_ASCII(PyObject *self, PyObject *const *args,
                           Py_ssize_t nargs, PyObject *kwnames);
PyObject *_PyUnicode_FormatMethod(PyObject *self, PyObject *const *args,
                                  Py_ssize_t nargs, PyObject *kwnames);
PyObject *_PyUnicode_FormatMap(PyObject *self, PyObject *const *args,
                               Py_ssize_t nargs, PyObject *kwnames);
PyObject *_PyLong_FormatMethod(PyObject *self, PyObject *const *args,
                               Py_ssize_t nargs, PyObject *kwnames);
PyObject *_PyUnicode_DunderFormat(PyObject *self, PyObject *const *args,
                                  Py_ssize_t nargs, PyObject *kwnames);

#endif
