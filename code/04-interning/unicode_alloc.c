/* Making a str and freeing it.  The empty str and the 256 one-character
   strs of Latin-1 (U+0000 to U+00FF) exist once each and are immortal:
   "hello"[0] is "h", whether the "h" comes from a literal, indexing,
   slicing or iteration.  CPython 3.13 keeps them statically allocated
   (_Py_LATIN1_CHR, InternalDocs/string_interning.md); ours are made the
   first time they are asked for and freed at the end of the teardown. */
#include "caches.h"
#include "errors.h"
#include "intern.h"

#include <string.h>

static PyObject *empty_str;
static PyObject *latin1[256];

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

static PyObject *
new_str(const char *utf8, Py_ssize_t size)
{
    PyUnicodeObject *op = _PyUnicode_New(size, count_characters(utf8, size));
    if (op == NULL)
        return NULL;
    memcpy(op->data, utf8, (size_t)size);
    return (PyObject *)op;
}

/* Where CPython makes a str with PyUnicode_New (str(5), a join, a slice
   with a step), even one character is a str of its own; only the empty
   str is the shared one. */
PyObject *
_PyUnicode_NewCopy(const char *utf8, Py_ssize_t size)
{
    if (size == 0)
        return PyUnicode_FromStringAndSize(utf8, 0);
    return new_str(utf8, size);
}

/* The cache slot for this text, if it is empty or one Latin-1 character
   (one byte below 0x80, or two bytes led by 0xC2 or 0xC3). */
static PyObject **
cache_slot(const unsigned char *s, Py_ssize_t size)
{
    if (size == 0)
        return &empty_str;
    if (size == 1 && s[0] < 0x80)
        return &latin1[s[0]];
    if (size == 2 && (s[0] == 0xC2 || s[0] == 0xC3))
        return &latin1[((s[0] & 0x03) << 6) | (s[1] & 0x3F)];
    return NULL;
}

/* The text must be valid UTF-8: the lexer checks the script's. */
PyObject *
PyUnicode_FromStringAndSize(const char *utf8, Py_ssize_t size)
{
    PyObject **slot = cache_slot((const unsigned char *)utf8, size);
    if (slot == NULL)
        return new_str(utf8, size);
    if (*slot == NULL && (*slot = new_str(utf8, size)) != NULL)
        _Py_SetImmortal(*slot);
    return *slot;
}

/* A name from C, interned for good: the builtins' names and the keys C
   code sets are the very strs a script's names are interned to. */
PyObject *
PyUnicode_InternFromString(const char *utf8)
{
    PyObject *s = PyUnicode_FromString(utf8);
    if (s == NULL)
        return NULL;
    bool failed_before = PyErr_Occurred();
    _PyUnicode_InternImmortal(&s);
    if (!failed_before && PyErr_Occurred())
        Py_CLEAR(s);
    return s;
}

/* An interned str leaves the table of interned strings as it goes. */
void
_PyUnicode_Dealloc(PyObject *op)
{
    if (((PyUnicodeObject *)op)->interned)
        _PyUnicode_ForgetInterned(op);
    PyObject_Del(op);
}

/* At the end of the teardown: nothing can use them any more. */
void
_PyUnicode_FiniCache(void)
{
    for (int i = -1; i < 256; i++) {
        PyObject **slot = i < 0 ? &empty_str : &latin1[i];
        if (*slot != NULL)
            PyObject_Del(*slot);
        *slot = NULL;
    }
}
