#ifndef MINIPY_UNICODEOBJECT_H
#define MINIPY_UNICODEOBJECT_H

#include "object.h"

/* A str: immutable text, stored as UTF-8 right after the header (CPython
   stores one, two or four bytes per character instead).  ob_size counts
   bytes; length counts characters. */
typedef struct {
    PyObject_VAR_HEAD;
    Py_hash_t hash; /* -1 until first needed */
    Py_ssize_t length;
    bool interned; /* in the table of interned strings (chapter 4) */
    char data[];   /* ob_size bytes, then a NUL */
} PyUnicodeObject;

extern PyTypeObject PyUnicode_Type;
#define PyUnicode_Check(op) Py_IS_TYPE(op, &PyUnicode_Type)

PyObject *PyUnicode_FromString(const char *utf8);
PyObject *PyUnicode_FromStringAndSize(const char *utf8, Py_ssize_t size);
PyObject *PyUnicode_FromFormat(const char *fmt, ...);
PyObject *PyUnicode_FromCodePoint(uint32_t code);
PyUnicodeObject *_PyUnicode_New(Py_ssize_t size, Py_ssize_t length);
PyObject *_PyUnicode_NewCopy(const char *utf8, Py_ssize_t size);
/* A name that C code gives: a builtin's, a module attribute's, a dict
   key set from C.  A str like any other until chapter 4, which interns
   it for good, as CPython 3.13's PyUnicode_InternFromString does. */
PyObject *PyUnicode_InternFromString(const char *utf8);
void _PyUnicode_Dealloc(PyObject *op);
const char *PyUnicode_AsUTF8(PyObject *op);
Py_ssize_t PyUnicode_GetLength(PyObject *op);
bool _PyUnicode_EqualToASCII(PyObject *op, const char *text);
bool _PyUnicode_Equal(PyObject *a, PyObject *b); /* both str */
PyObject *PyUnicode_Join(PyObject *separator, PyObject *iterable);
PyObject *PyUnicode_Concat(PyObject *left, PyObject *right); /* both str */
/* *p_left = *p_left + right, both str, for s = s + t and s += t when s is
   a local (unicode_concat.c): the reference *p_left held is used up, and
   *p_left is NULL after an error. */
void PyUnicode_Append(PyObject **p_left, PyObject *right);

/* Text built piece by piece (a repr), made into a str at the end. */
typedef struct {
    char *data;
    size_t len, cap;
    bool failed;
} _PyUnicodeWriter;

/* Room for n more bytes, in one allocation: false (the writer failed)
   when there is no memory for them. */
bool _PyUnicodeWriter_Reserve(_PyUnicodeWriter *, size_t n);
void _PyUnicodeWriter_Write(_PyUnicodeWriter *, const char *s, size_t n);
void _PyUnicodeWriter_WriteStr(_PyUnicodeWriter *, PyObject *str);
void _PyUnicodeWriter_WriteASCII(_PyUnicodeWriter *, const char *text);
PyObject *_PyUnicodeWriter_Finish(_PyUnicodeWriter *);
void _PyUnicodeWriter_Dealloc(_PyUnicodeWriter *);

/* Whether repr() shows the character as it is; the lexer names the
   others "non-printable". */
bool _PyUnicode_IsPrintable(uint32_t code);

/* UTF-8 helpers the lexer shares. */
int utf8_encode(uint32_t code, char out[4]);
Py_ssize_t utf8_decode(const char *s, Py_ssize_t n, uint32_t *code);

#endif
