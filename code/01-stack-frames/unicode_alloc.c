/* Making a str: every str is made here, from UTF-8 text, whether it
   comes from a literal, an operation or a conversion. */
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

/* The text must be valid UTF-8: the lexer checks the script's. */
PyObject *
PyUnicode_FromStringAndSize(const char *utf8, Py_ssize_t size)
{
    PyUnicodeObject *op =
        PyObject_NewVar(PyUnicodeObject, &PyUnicode_Type, size + 1);
    if (op == NULL)
        return NULL;
    Py_SIZE(op) = size;
    op->hash = -1;
    memcpy(op->data, utf8, (size_t)size);
    op->data[size] = '\0';
    op->length = count_characters(utf8, size);
    return (PyObject *)op;
}
