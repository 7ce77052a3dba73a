#ifndef MINIPY_FORMAT_H
#define MINIPY_FORMAT_H

#include "object.h"
#include "unicodeobject.h"

/* format(obj, spec): an int's, a str's or a class's __format__, or
   object.__format__ (spec NULL is the empty spec). */
PyObject *PyObject_Format(PyObject *obj, PyObject *spec);
/* ascii(obj): its repr with the non-ASCII characters escaped. */
PyObject *PyObject_ASCII(PyObject *obj);
/* The strs items[0..n) joined, as f-strings build theirs. */
PyObject *_PyUnicode_JoinArray(PyObject *const *items, Py_ssize_t n);

/* Pieces the mini-language shares with str % args (str_percent.c) and
   the str methods that pad (unicode_methods.c). */
/* n copies of the character fill, the room for them taken at once. */
void _PyFormat_WriteFill(_PyUnicodeWriter *w, uint32_t fill, Py_ssize_t n);
/* The byte offset of character i of the UTF-8 text s. */
Py_ssize_t _PyFormat_CharOffset(const char *s, Py_ssize_t size, Py_ssize_t i);
/* An int's digits in base 2, 8, 10 or 16, without sign or prefix. */
int _PyFormat_IntDigits(uint64_t magnitude, int base, bool upper, char out[72]);
/* 0 if the int is a character minipy can hold, else -1 with CPython's
   OverflowError (or minipy's NotImplementedError for a surrogate). */
int _PyFormat_CheckCodePoint(int64_t v);

/* str % args: printf-style formatting (str_percent.c). */
PyObject *PyUnicode_Format(PyObject *format, PyObject *args);

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
