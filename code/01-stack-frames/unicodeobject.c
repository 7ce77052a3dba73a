/* str: immutable text. */
#include "unicodeobject.h"

#include "abstract.h"
#include "errors.h"
#include "listobject.h"
#include "longobject.h"
#include "iterobject.h"
#include "methodobject.h"
#include "pymem.h"
#include "sliceobject.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int
utf8_encode(uint32_t code, char out[4])
{
    if (code < 0x80) {
        out[0] = (char)code;
        return 1;
    }
    if (code < 0x800) {
        out[0] = (char)(0xC0 | (code >> 6));
        out[1] = (char)(0x80 | (code & 0x3F));
        return 2;
    }
    if (code < 0x10000) {
        out[0] = (char)(0xE0 | (code >> 12));
        out[1] = (char)(0x80 | ((code >> 6) & 0x3F));
        out[2] = (char)(0x80 | (code & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (code >> 18));
    out[1] = (char)(0x80 | ((code >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((code >> 6) & 0x3F));
    out[3] = (char)(0x80 | (code & 0x3F));
    return 4;
}

/* Decode one character; the number of bytes it took, or -1 if the bytes
   are not well-formed UTF-8 (overlong forms and surrogates included). */
Py_ssize_t
utf8_decode(const char *s, Py_ssize_t n, uint32_t *code)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n < 1)
        return -1;
    if (u[0] < 0x80) {
        *code = u[0];
        return 1;
    }
    int len = u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : u[0] >= 0xC0 ? 2 : 0;
    if (len == 0 || u[0] > 0xF4 || n < len)
        return -1;
    uint32_t c = u[0] & (0x7F >> len);
    for (int i = 1; i < len; i++) {
        if ((u[i] & 0xC0) != 0x80)
            return -1;
        c = (c << 6) | (u[i] & 0x3F);
    }
    static const uint32_t min_for_len[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < min_for_len[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return -1;
    *code = c;
    return len;
}

PyObject *
PyUnicode_FromString(const char *utf8)
{
    return PyUnicode_FromStringAndSize(utf8, (Py_ssize_t)strlen(utf8));
}

PyObject *
PyUnicode_FromFormat(const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < (int)sizeof small)
        return PyUnicode_FromStringAndSize(small, n);
    char *big = PyMem_RawMalloc((size_t)n + 1);
    if (big == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    PyObject *result = PyUnicode_FromStringAndSize(big, n);
    PyMem_RawFree(big);
    return result;
}

PyObject *
PyUnicode_FromCodePoint(uint32_t code)
{
    char buf[4];
    return PyUnicode_FromStringAndSize(buf, utf8_encode(code, buf));
}

const char *
PyUnicode_AsUTF8(PyObject *op)
{
    return ((PyUnicodeObject *)op)->data;
}

Py_ssize_t
PyUnicode_GetLength(PyObject *op)
{
    return ((PyUnicodeObject *)op)->length;
}

bool
_PyUnicode_EqualToASCII(PyObject *op, const char *text)
{
    return PyUnicode_Check(op) && strcmp(PyUnicode_AsUTF8(op), text) == 0;
}

/* Two strs with the same text: what a dict asks of a str key, answered
   without a call through the comparison slot (CPython's unicode_eq). */
bool
_PyUnicode_Equal(PyObject *a, PyObject *b)
{
    return Py_SIZE(a) == Py_SIZE(b) &&
           memcmp(((PyUnicodeObject *)a)->data, ((PyUnicodeObject *)b)->data,
                  (size_t)Py_SIZE(a)) == 0;
}

static bool
is_ascii(PyUnicodeObject *op)
{
    return op->length == Py_SIZE(op);
}

/* The byte offset of character i. */
static Py_ssize_t
byte_offset(PyUnicodeObject *op, Py_ssize_t i)
{
    if (is_ascii(op))
        return i;
    Py_ssize_t offset = 0;
    for (; i > 0; i--) {
        offset++;
        while (((unsigned char)op->data[offset] & 0xC0) == 0x80)
            offset++;
    }
    return offset;
}

void
_PyUnicodeWriter_Write(_PyUnicodeWriter *w, const char *s, size_t n)
{
    if (w->failed || n == 0)
        return;
    if (w->len + n > w->cap) {
        size_t cap = w->cap ? w->cap : 64;
        while (cap < w->len + n)
            cap *= 2;
        char *grown = PyMem_RawRealloc(w->data, cap);
        if (grown == NULL) {
            w->failed = true;
            return;
        }
        w->data = grown;
        w->cap = cap;
    }
    memcpy(w->data + w->len, s, n);
    w->len += n;
}

void
_PyUnicodeWriter_WriteStr(_PyUnicodeWriter *w, PyObject *str)
{
    _PyUnicodeWriter_Write(w, PyUnicode_AsUTF8(str), (size_t)Py_SIZE(str));
}

void
_PyUnicodeWriter_WriteASCII(_PyUnicodeWriter *w, const char *text)
{
    _PyUnicodeWriter_Write(w, text, strlen(text));
}

PyObject *
_PyUnicodeWriter_Finish(_PyUnicodeWriter *w)
{
    PyObject *result = NULL;
    if (w->failed)
        PyErr_NoMemory();
    else
        result = PyUnicode_FromStringAndSize(w->data ? w->data : "",
                                             (Py_ssize_t)w->len);
    _PyUnicodeWriter_Dealloc(w);
    return result;
}

/* The text written so far as a str of its own, never a cached one:
   what CPython makes where it calls PyUnicode_New itself (a join, a
   slice with a step). */
static PyObject *
finish_unshared(_PyUnicodeWriter *w)
{
    PyObject *result = NULL;
    if (w->failed)
        PyErr_NoMemory();
    else
        result = _PyUnicode_NewCopy(w->data ? w->data : "", (Py_ssize_t)w->len);
    _PyUnicodeWriter_Dealloc(w);
    return result;
}

void
_PyUnicodeWriter_Dealloc(_PyUnicodeWriter *w)
{
    PyMem_RawFree(w->data);
    w->data = NULL;
    w->len = w->cap = 0;
}

/* Which characters repr() shows as they are.  CPython asks the Unicode
   database; we know the non-printable ranges that matter in practice
   (controls, format characters, separators other than the space). */
bool
_PyUnicode_IsPrintable(uint32_t c)
{
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0xA0) || c == 0xAD)
        return false;
    if ((c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) ||
        (c >= 0x205F && c <= 0x206F) || c == 0x3000 || c == 0xFEFF)
        return false;
    if ((c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000 ||
        (c >= 0xFFF9 && c <= 0xFFFB))
        return false;
    return true;
}

/* Quote with ' unless the text holds ' and no ", as CPython does. */
static PyObject *
unicode_repr(PyObject *self)
{
    PyUnicodeObject *op = (PyUnicodeObject *)self;
    bool has_single = memchr(op->data, '\'', (size_t)Py_SIZE(op)) != NULL;
    bool has_double = memchr(op->data, '"', (size_t)Py_SIZE(op)) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    _PyUnicodeWriter b = {0};
    _PyUnicodeWriter_Write(&b, &quote, 1);
    for (Py_ssize_t i = 0; i < Py_SIZE(op);) {
        uint32_t c;
        Py_ssize_t n = utf8_decode(op->data + i, Py_SIZE(op) - i, &c);
        char esc[12];
        if (c == (uint32_t)quote || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            _PyUnicodeWriter_Write(&b, esc, 2);
        } else if (c == '\n' || c == '\r' || c == '\t') {
            esc[0] = '\\';
            esc[1] = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
            _PyUnicodeWriter_Write(&b, esc, 2);
        } else if (_PyUnicode_IsPrintable(c)) {
            _PyUnicodeWriter_Write(&b, op->data + i, (size_t)n);
        } else {
            const char *form = c < 0x100     ? "\\x%02x"
                               : c < 0x10000 ? "\\u%04x"
                                             : "\\U%08x";
            _PyUnicodeWriter_Write(&b, esc,
                                   (size_t)snprintf(esc, sizeof esc, form, c));
        }
        i += n;
    }
    _PyUnicodeWriter_Write(&b, &quote, 1);
    return _PyUnicodeWriter_Finish(&b);
}

static PyObject *
unicode_str(PyObject *op)
{
    return Py_NewRef(op);
}

/* FNV-1a over the bytes, cached: a str is hashed each time it is used as a
   dict key or looked up as a name. */
static Py_hash_t
unicode_hash(PyObject *self)
{
    PyUnicodeObject *op = (PyUnicodeObject *)self;
    if (op->hash != -1)
        return op->hash;
    uint64_t h = 14695981039346656037u;
    for (Py_ssize_t i = 0; i < Py_SIZE(op); i++) {
        h ^= (unsigned char)op->data[i];
        h *= 1099511628211u;
    }
    op->hash = (Py_hash_t)(h >> 1); /* never negative, so never -1 */
    return op->hash;
}

/* UTF-8 bytes compare in the order of the characters they encode. */
static PyObject *
unicode_richcompare(PyObject *v, PyObject *w, int op)
{
    if (!PyUnicode_Check(v) || !PyUnicode_Check(w))
        return Py_NotImplemented;
    Py_ssize_t nv = Py_SIZE(v), nw = Py_SIZE(w);
    int c = memcmp(PyUnicode_AsUTF8(v), PyUnicode_AsUTF8(w),
                   (size_t)(nv < nw ? nv : nw));
    if (c == 0)
        c = (nv > nw) - (nv < nw);
    bool result = false;
    switch (op) {
    case Py_LT:
        result = c < 0;
        break;
    case Py_LE:
        result = c <= 0;
        break;
    case Py_EQ:
        result = c == 0;
        break;
    case Py_NE:
        result = c != 0;
        break;
    case Py_GT:
        result = c > 0;
        break;
    case Py_GE:
        result = c >= 0;
        break;
    }
    return PyBool_FromLong(result);
}

static Py_ssize_t
unicode_len(PyObject *op)
{
    return PyUnicode_GetLength(op);
}

/* Two strs end to end: a new str, or one of them when the other is
   empty, as in CPython. */
PyObject *
PyUnicode_Concat(PyObject *v, PyObject *w)
{
    Py_ssize_t nv = Py_SIZE(v), nw = Py_SIZE(w);
    if (nw == 0 || nv == 0)
        return Py_NewRef(nw == 0 ? v : w);
    PyUnicodeObject *r = _PyUnicode_New(nv + nw, PyUnicode_GetLength(v) +
                                                     PyUnicode_GetLength(w));
    if (r == NULL)
        return NULL;
    memcpy(r->data, PyUnicode_AsUTF8(v), (size_t)nv);
    memcpy(r->data + nv, PyUnicode_AsUTF8(w), (size_t)nw + 1);
    return (PyObject *)r;
}

static PyObject *
unicode_concat(PyObject *v, PyObject *w)
{
    if (!PyUnicode_Check(v))
        return Py_NotImplemented;
    if (!PyUnicode_Check(w)) {
        PyErr_Format(EXC_TYPE, "can only concatenate str (not \"%s\") to str",
                     Py_TYPE(w)->tp_name);
        return NULL;
    }
    return PyUnicode_Concat(v, w);
}

/* "ab" * 3, and 3 * "ab". */
static PyObject *
unicode_repeat(PyObject *v, PyObject *w)
{
    PyObject *str = PyUnicode_Check(v) ? v : w, *count = str == v ? w : v;
    if (!PyLong_Check(count))
        return Py_NotImplemented;
    int64_t n = PyLong_AsLong(count);
    if (n < 0)
        n = 0;
    Py_ssize_t size = Py_SIZE(str);
    if (size != 0 && n > (INT32_MAX - 1) / size) {
        PyErr_Format(EXC_OVERFLOW, "repeated string is too long");
        return NULL;
    }
    if (n == 1) /* as CPython: the str itself */
        return Py_NewRef(str);
    if (n == 0 || size == 0)
        return PyUnicode_FromStringAndSize("", 0);
    PyUnicodeObject *r = _PyUnicode_New(
        (Py_ssize_t)n * size, (Py_ssize_t)n * PyUnicode_GetLength(str));
    if (r == NULL)
        return NULL;
    for (int64_t i = 0; i < n; i++)
        memcpy(r->data + i * size, PyUnicode_AsUTF8(str), (size_t)size);
    return (PyObject *)r;
}

static PyObject *
substring(PyUnicodeObject *op, Py_ssize_t start, Py_ssize_t stop)
{
    Py_ssize_t from = byte_offset(op, start), to = byte_offset(op, stop);
    return PyUnicode_FromStringAndSize(op->data + from, to - from);
}

static PyObject *
unicode_getitem(PyObject *self, PyObject *key)
{
    PyUnicodeObject *op = (PyUnicodeObject *)self;
    if (_PySlice_Check(key)) {
        Py_ssize_t start, stop, step, count;
        if (_PySlice_Unpack(key, op->length, &start, &stop, &step, &count) < 0)
            return NULL;
        if (step == 1 && count == op->length) /* s[:] is s, as CPython */
            return Py_NewRef(self);
        if (count <= 0)
            return PyUnicode_FromStringAndSize("", 0);
        if (step == 1)
            return substring(op, start, start + count);
        _PyUnicodeWriter b = {0};
        for (Py_ssize_t i = 0, pos = start; i < count; i++, pos += step) {
            Py_ssize_t at = byte_offset(op, pos);
            uint32_t c;
            Py_ssize_t n = utf8_decode(op->data + at, Py_SIZE(op) - at, &c);
            _PyUnicodeWriter_Write(&b, op->data + at, (size_t)n);
        }
        return finish_unshared(&b); /* "ab"[::2] is not the cached 'a' */
    }
    Py_ssize_t i = _PyIndex_Normalize(key, op->length, "string");
    if (i < 0)
        return NULL;
    return substring(op, i, i + 1);
}

static int
unicode_contains(PyObject *self, PyObject *item)
{
    if (!PyUnicode_Check(item)) {
        PyErr_Format(EXC_TYPE,
                     "'in <string>' requires string as left operand, not %s",
                     Py_TYPE(item)->tp_name);
        return -1;
    }
    const char *hay = PyUnicode_AsUTF8(self), *needle = PyUnicode_AsUTF8(item);
    Py_ssize_t nh = Py_SIZE(self), nn = Py_SIZE(item);
    for (Py_ssize_t i = 0; i + nn <= nh; i++)
        if (memcmp(hay + i, needle, (size_t)nn) == 0)
            return 1;
    return 0;
}

/* sep.join(iterable): every item must be a str.  One item is the
   result itself, as in CPython (_PyUnicode_JoinArray). */
PyObject *
PyUnicode_Join(PyObject *separator, PyObject *iterable)
{
    PyObject *iter = PyObject_GetIter(iterable);
    if (iter == NULL) {
        if (PyErr_ExceptionMatches(EXC_TYPE))
            PyErr_Format(EXC_TYPE, "can only join an iterable");
        return NULL;
    }
    PyObject *items = PyList_Check(iterable) ? Py_NewRef(iterable)
                                             : _PyList_FromIterable(iter);
    Py_DECREF(iter);
    if (items == NULL)
        return NULL;
    Py_ssize_t n = Py_SIZE(items);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = PyList_GET_ITEM(items, i);
        if (!PyUnicode_Check(item)) {
            PyErr_Format(EXC_TYPE,
                         "sequence item %zd: expected str instance, %s found",
                         i, Py_TYPE(item)->tp_name);
            Py_DECREF(items);
            return NULL;
        }
    }
    if (n == 1) {
        PyObject *only = Py_NewRef(PyList_GET_ITEM(items, 0));
        Py_DECREF(items);
        return only;
    }
    _PyUnicodeWriter b = {0};
    for (Py_ssize_t i = 0; i < n; i++) {
        if (i > 0)
            _PyUnicodeWriter_WriteStr(&b, separator);
        _PyUnicodeWriter_WriteStr(&b, PyList_GET_ITEM(items, i));
    }
    Py_DECREF(items);
    return finish_unshared(&b);
}

static PyObject *
unicode_join(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
             PyObject *kwnames)
{
    (void)nargs, (void)kwnames;
    return PyUnicode_Join(self, args[0]);
}

static PyObject *
unicode_new(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs)
{
    (void)type;
    if (nargs == 0)
        return PyUnicode_FromString("");
    if (nargs > 1) {
        PyErr_Format(EXC_NOT_IMPLEMENTED,
                     "minipy's str() takes one argument, not an encoding");
        return NULL;
    }
    return PyObject_Str(args[0]);
}

static PyMethodDef unicode_methods[] = {
    {"join", unicode_join, 1, 1, false},
    {NULL, NULL, 0, 0, false},
};

PyTypeObject PyUnicode_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "str",
    .tp_basicsize = sizeof(PyUnicodeObject),
    .tp_itemsize = 1,
    .tp_dealloc = _PyUnicode_Dealloc,
    .tp_repr = unicode_repr,
    .tp_str = unicode_str,
    .tp_hash = unicode_hash,
    .tp_richcompare = unicode_richcompare,
    .tp_len = unicode_len,
    .tp_getitem = unicode_getitem,
    .tp_contains = unicode_contains,
    .nb_add = unicode_concat,
    .nb_multiply = unicode_repeat,
    .tp_iter = _PySeqIter_New,
    .tp_new = unicode_new,
    .tp_methods = unicode_methods,
    .tp_base = &PyBaseObject_Type,
};
