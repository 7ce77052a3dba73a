/* Making a str and freeing it: every str is made here, from UTF-8
   text, whether it comes from a literal, an operation or a conversion. */
#include "unicodeobject.h"

#include <string.h>

static Py_ssize_t
count_characters(const char *s, Py_ssize_t n)
{
    Py_ssize_t count = 0;
    for (Py_ssize_t i = 0; i < n; i++)
        count += ((unsigned char)s[i] & 0xC0) != 0x80;
    return count;
}

/* A new str of size bytes and length characters, its bytes to be filled
   in by the caller (the NUL after them is written). */
PyUnicodeObject *
_PyUnicode_New(Py_ssize_t size, Py_ssize_t length)
{
    PyUnicodeObject *op =
        PyObject_NewVar(PyUnicodeObject, &PyUnicode_Type, size + 1);
    if (op == NULL)
        return NULL;
    Py_SIZE(op) = size;
    op->hash = -1;
    op->length = length;
    op->interned = false;
    op->data[size] = '\0';
    return op;
}

/* A str of its own with this text, even where chapter 4 would hand out
   a shared one: what CPython's PyUnicode_New and a copy make for str(5),
   a join or a slice with a step.  The text must be valid UTF-8. */
PyObject *
_PyUnicode_NewCopy(const char *utf8, Py_ssize_t size)
{
    PyUnicodeObject *op = _PyUnicode_New(size, count_characters(utf8, size));
    if (op == NULL)
        return NULL;
    memcpy(op->data, utf8, (size_t)size);
    return (PyObject *)op;
}

/* The text must be valid UTF-8: the lexer checks the script's. */
PyObject *
PyUnicode_FromStringAndSize(const char *utf8, Py_ssize_t size)
{
    return _PyUnicode_NewCopy(utf8, size);
}

PyObject *
PyUnicode_InternFromString(const char *utf8)
{
    return PyUnicode_FromString(utf8);
}

void
_PyUnicode_Dealloc(PyObject *op)
{
    PyObject_Del(op);
}
