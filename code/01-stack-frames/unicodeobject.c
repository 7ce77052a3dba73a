/* str: immutable text. */
#include "unicodeobject.h"

#include "format.h"
#include "unicode_methods.h"

#include "abstract.h"
#include "errors.h"
#include "listobject.h"
#include "longobject.h"
#include "iterobject.h"
#include "methodobject.h"
#include "pymem.h"
#include "sliceobject.h"
#include "tupleobject.h"

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

bool
_PyUnicodeWriter_Reserve(_PyUnicodeWriter *w, size_t n)
{
    if (w->failed)
        return false;
    if (n > (size_t)PTRDIFF_MAX - w->len) { /* no str is that long */
        w->failed = true;
        return false;
    }
    if (w->len + n > w->cap) {
        size_t cap = w->cap ? w->cap : 64;
        while (cap < w->len + n)
            cap = cap > (size_t)PTRDIFF_MAX / 2 ? w->len + n : cap * 2;
        char *grown = PyMem_RawRealloc(w->data, cap);
        if (grown == NULL) {
            w->failed = true;
            return false;
        }
        w->data = grown;
        w->cap = cap;
    }
    return true;
}

void
_PyUnicodeWriter_Write(_PyUnicodeWriter *w, const char *s, size_t n)
{
    if (n == 0 || !_PyUnicodeWriter_Reserve(w, n))
        return;
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
PyObject *
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

/* "%d" % n (str_percent.c). */
static PyObject *
unicode_mod(PyObject *v, PyObject *w)
{
    if (!PyUnicode_Check(v))
        return Py_NotImplemented;
    return PyUnicode_Format(v, w);
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

/* ---- what the methods share ---- */

/* The bytes of the string op, from byte `from` to byte `to`: op itself
   when that is all of it. */
PyObject *
bytes_or_self(PyUnicodeObject *op, Py_ssize_t from, Py_ssize_t to)
{
    if (from == 0 && to == Py_SIZE(op))
        return Py_NewRef((PyObject *)op);
    return PyUnicode_FromStringAndSize(op->data + from, to - from);
}

/* Where needle first occurs in hay[from, to): a byte offset, or -1.
   UTF-8 is self-synchronizing: a match of whole characters' bytes can
   only start where a character does. */
Py_ssize_t
find_bytes(const char *hay, Py_ssize_t from, Py_ssize_t to, const char *needle,
           Py_ssize_t n)
{
    for (Py_ssize_t i = from; i + n <= to; i++)
        if (memcmp(hay + i, needle, (size_t)n) == 0)
            return i;
    return -1;
}

Py_ssize_t
rfind_bytes(const char *hay, Py_ssize_t from, Py_ssize_t to, const char *needle,
            Py_ssize_t n)
{
    for (Py_ssize_t i = to - n; i >= from; i--)
        if (memcmp(hay + i, needle, (size_t)n) == 0)
            return i;
    return -1;
}

/* Whitespace as str.split() and str.strip() see it: CPython's
   _PyUnicode_IsWhitespace, the characters of bidirectional type WS, B
   or S and the space separators. */
bool
is_space(uint32_t c)
{
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 ||
           c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}

static uint32_t
char_at(const char *s, Py_ssize_t size, Py_ssize_t at, Py_ssize_t *len)
{
    uint32_t c = 0;
    *len = utf8_decode(s + at, size - at, &c);
    return c;
}

/* The byte where the character before byte `at` starts. */
static Py_ssize_t
char_before(const char *s, Py_ssize_t at)
{
    do
        at--;
    while (at > 0 && ((unsigned char)s[at] & 0xC0) == 0x80);
    return at;
}

/* Characters in s[from, to), both character boundaries. */
static Py_ssize_t
count_chars(const char *s, Py_ssize_t from, Py_ssize_t to)
{
    Py_ssize_t n = 0;
    for (Py_ssize_t i = from; i < to; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

static bool
expect_str(PyObject *arg, const char *method, int position)
{
    if (PyUnicode_Check(arg))
        return true;
    PyErr_Format(EXC_TYPE, "%s() argument %d must be str, not %s", method,
                 position, arg == Py_None ? "None" : Py_TYPE(arg)->tp_name);
    return false;
}

/* A method's optional start and end (character indices, or None), as
   a slice would take them: the byte range of the string they select.
   False if that range is empty because start is past end. */
typedef struct {
    Py_ssize_t start, end;   /* characters */
    Py_ssize_t bstart, bend; /* bytes */
} Range;

static int
get_range(PyUnicodeObject *op, PyObject *const *args, Py_ssize_t nargs,
          Range *r)
{
    r->start = 0;
    r->end = PTRDIFF_MAX;
    if ((nargs > 0 && _PyEval_SliceIndex(args[0], &r->start, true) < 0) ||
        (nargs > 1 && _PyEval_SliceIndex(args[1], &r->end, true) < 0))
        return -1;
    _PySlice_AdjustIndices(op->length, &r->start, &r->end);
    if (r->start > r->end)
        return 0;
    r->bstart = byte_offset(op, r->start);
    r->bend = byte_offset(op, r->end);
    return 1;
}

/* ---- join ---- */

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

/* ---- split and rsplit ---- */

/* Append a piece of op; op itself if the piece is all of it and
   may_share. */
static int
append_piece(PyObject *list, PyUnicodeObject *op, Py_ssize_t from,
             Py_ssize_t to, bool may_share)
{
    PyObject *piece =
        may_share ? bytes_or_self(op, from, to)
                  : PyUnicode_FromStringAndSize(op->data + from, to - from);
    if (piece == NULL)
        return -1;
    PyListObject *l = (PyListObject *)list;
    if (Py_SIZE(l) < l->allocated) { /* in the room made first */
        l->ob_item[Py_SIZE(l)++] = piece;
        return 0;
    }
    int status = PyList_Append(list, piece);
    Py_DECREF(piece);
    return status;
}

static Py_ssize_t
skip_spaces(const char *s, Py_ssize_t n, Py_ssize_t i, bool spaces)
{
    Py_ssize_t len;
    while (i < n && is_space(char_at(s, n, i, &len)) == spaces)
        i += len;
    return i;
}

/* s.split(): runs of non-whitespace.  A string with none to split at is
   its own only piece (CPython's split_whitespace, stringlib/split.h). */
static int
split_whitespace(PyObject *list, PyUnicodeObject *op, Py_ssize_t maxcount)
{
    const char *s = op->data;
    Py_ssize_t n = Py_SIZE(op), i = 0;
    while (maxcount-- > 0) {
        if ((i = skip_spaces(s, n, i, true)) == n)
            break;
        Py_ssize_t j = i;
        i = skip_spaces(s, n, i, false);
        if (append_piece(list, op, j, i, true) < 0)
            return -1;
    }
    if (i < n && (i = skip_spaces(s, n, i, true)) < n)
        return append_piece(list, op, i, n, false); /* maxsplit reached */
    return 0;
}

static Py_ssize_t
rskip_spaces(const char *s, Py_ssize_t i, bool spaces)
{
    while (i > 0) {
        Py_ssize_t at = char_before(s, i), len;
        if (is_space(char_at(s, i, at, &len)) != spaces)
            break;
        i = at;
    }
    return i;
}

/* s.rsplit(): the same pieces, found from the right. */
static int
rsplit_whitespace(PyObject *list, PyUnicodeObject *op, Py_ssize_t maxcount)
{
    const char *s = op->data;
    Py_ssize_t i = Py_SIZE(op);
    while (maxcount-- > 0) {
        if ((i = rskip_spaces(s, i, true)) == 0)
            break;
        Py_ssize_t j = i;
        i = rskip_spaces(s, i, false);
        if (append_piece(list, op, i, j, true) < 0)
            return -1;
    }
    if (i > 0 && (i = rskip_spaces(s, i, true)) > 0)
        return append_piece(list, op, 0, i, false); /* maxsplit reached */
    return 0;
}

/* s.split(sep): what lies between occurrences of sep. */
static int
split_sep(PyObject *list, PyUnicodeObject *op, PyObject *sep,
          Py_ssize_t maxcount)
{
    const char *s = op->data, *t = PyUnicode_AsUTF8(sep);
    Py_ssize_t n = Py_SIZE(op), m = Py_SIZE(sep), i = 0, j;
    while (maxcount-- > 0 && (j = find_bytes(s, i, n, t, m)) >= 0) {
        if (append_piece(list, op, i, j, true) < 0)
            return -1;
        i = j + m;
    }
    return append_piece(list, op, i, n, true);
}

static int
rsplit_sep(PyObject *list, PyUnicodeObject *op, PyObject *sep,
           Py_ssize_t maxcount)
{
    const char *s = op->data, *t = PyUnicode_AsUTF8(sep);
    Py_ssize_t m = Py_SIZE(sep), i = Py_SIZE(op), j;
    while (maxcount-- > 0 && (j = rfind_bytes(s, 0, i, t, m)) >= 0) {
        if (append_piece(list, op, j + m, i, true) < 0)
            return -1;
        i = j;
    }
    return append_piece(list, op, 0, i, true);
}

/* split(sep=None, maxsplit=-1), and rsplit. */
static PyObject *
split_impl(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
           PyObject *kwnames, bool from_right)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    const char *name = from_right ? "rsplit" : "split";
    PyObject *values[2] = {nargs > 0 ? args[0] : Py_None,
                           nargs > 1 ? args[1] : NULL};
    Py_ssize_t given = nargs + _PyArg_KeywordCount(kwnames);
    if (given > 2) {
        PyErr_Format(EXC_TYPE, "%s() takes at most 2 arguments (%zd given)",
                     name, given);
        return NULL;
    }
    if (_PyArg_KeywordsAt(name, kwnames, args + nargs, names, values, nargs,
                          0) < 0)
        return NULL;
    PyObject *sep = values[0];
    int64_t maxcount = -1;
    if (sep != Py_None && !PyUnicode_Check(sep)) {
        PyErr_Format(EXC_TYPE, "must be str or None, not %s",
                     Py_TYPE(sep)->tp_name);
        return NULL;
    }
    if (values[1] != NULL && !PyLong_Check(values[1])) {
        PyErr_Format(EXC_TYPE,
                     "'%s' object cannot be interpreted as an "
                     "integer",
                     Py_TYPE(values[1])->tp_name);
        return NULL;
    }
    if (values[1] != NULL)
        maxcount = PyLong_AsLong(values[1]);
    if (sep != Py_None && Py_SIZE(sep) == 0) {
        PyErr_Format(EXC_VALUE, "empty separator");
        return NULL;
    }
    /* CPython makes room for the pieces first, maxsplit + 1 of them or,
       with none given, as many as the string's length allows, but at
       most 12 (PREALLOC_SIZE in Objects/stringlib/split.h); more are
       appended */
    Py_ssize_t len = PyUnicode_GetLength(self);
    Py_ssize_t seplen = sep == Py_None ? 0 : PyUnicode_GetLength(sep);
    if (sep != Py_None && len < seplen)
        maxcount = 0; /* the string is the one piece */
    else if (maxcount < 0)
        maxcount = sep == Py_None ? (len - 1) / 2 + 1 : len / seplen + 1;
    PyObject *list = PyList_New(maxcount >= 12 ? 12 : (Py_ssize_t)maxcount + 1);
    if (list != NULL)
        Py_SIZE(list) = 0;
    PyUnicodeObject *op = (PyUnicodeObject *)self;
    int status = list == NULL ? -1
                 : sep == Py_None
                     ? (from_right ? rsplit_whitespace : split_whitespace)(
                           list, op, (Py_ssize_t)maxcount)
                     : (from_right ? rsplit_sep : split_sep)(
                           list, op, sep, (Py_ssize_t)maxcount);
    if (status < 0)
        Py_CLEAR(list);
    PyObject **items = list ? ((PyListObject *)list)->ob_item : NULL;
    for (Py_ssize_t i = 0, j = list ? Py_SIZE(list) - 1 : -1;
         from_right && i < j; i++, j--) {
        PyObject *t = items[i]; /* found last first: put them in order */
        items[i] = items[j];
        items[j] = t;
    }
    return list;
}

static PyObject *
unicode_split(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
              PyObject *kwnames)
{
    return split_impl(self, args, nargs, kwnames, false);
}

static PyObject *
unicode_rsplit(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
               PyObject *kwnames)
{
    return split_impl(self, args, nargs, kwnames, true);
}

/* ---- strip, lstrip, rstrip ---- */

/* Is the character at s[at] one to strip: whitespace (chars NULL), or
   one of chars? */
static bool
strippable(const char *s, Py_ssize_t at, Py_ssize_t len, PyObject *chars)
{
    Py_ssize_t ignored;
    if (chars == NULL)
        return is_space(char_at(s, at + len, at, &ignored));
    return find_bytes(PyUnicode_AsUTF8(chars), 0, Py_SIZE(chars), s + at,
                      len) >= 0;
}

static PyObject *
strip_impl(PyObject *self, PyObject *const *args, Py_ssize_t nargs, bool left,
           bool right)
{
    PyObject *chars = nargs > 0 && args[0] != Py_None ? args[0] : NULL;
    if (chars != NULL && !PyUnicode_Check(chars)) {
        PyErr_Format(EXC_TYPE, "%s arg must be None or str",
                     left && right ? "strip"
                     : left        ? "lstrip"
                                   : "rstrip");
        return NULL;
    }
    PyUnicodeObject *op = (PyUnicodeObject *)self;
    const char *s = op->data;
    Py_ssize_t i = 0, j = Py_SIZE(op), len;
    while (left && i < j) {
        char_at(s, j, i, &len);
        if (!strippable(s, i, len, chars))
            break;
        i += len;
    }
    while (right && j > i) {
        Py_ssize_t at = char_before(s, j);
        if (!strippable(s, at, j - at, chars))
            break;
        j = at;
    }
    return bytes_or_self(op, i, j);
}

static PyObject *
unicode_strip(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
              PyObject *kwnames)
{
    (void)kwnames;
    return strip_impl(self, args, nargs, true, true);
}

static PyObject *
unicode_lstrip(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
               PyObject *kwnames)
{
    (void)kwnames;
    return strip_impl(self, args, nargs, true, false);
}

static PyObject *
unicode_rstrip(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
               PyObject *kwnames)
{
    (void)kwnames;
    return strip_impl(self, args, nargs, false, true);
}

/* ---- upper and lower ---- */

/* Stretches of Unicode where no character has a case, as CPython
   3.13's database says (each at least 512 characters long): upper() and
   lower() leave them as they are. */
static const uint32_t caseless[][2] = {
    {0x588, 0x109F},    {0x1100, 0x139F},   {0x13FE, 0x1C7F},
    {0x2185, 0x24B5},   {0x24EA, 0x2BFF},   {0x2D2E, 0xA63F},
    {0xA7F7, 0xAB52},   {0xABC0, 0xFAFF},   {0xFB18, 0xFF20},
    {0xFF5B, 0x103FF},  {0x105BD, 0x10C7F}, {0x10CF3, 0x1189F},
    {0x118E0, 0x16E3F}, {0x16E80, 0x1E8FF}, {0x1E944, 0x10FFFF},
};

static uint32_t
latin1_case(uint32_t c, bool upper, uint32_t *second)
{
    if (c == 0xD7 || c == 0xF7)
        return c; /* the multiplication and division signs */
    if (c >= 0xC0 && c <= 0xDE)
        return upper ? c : c + 32;
    if (c >= 0xE0 && c <= 0xFE)
        return upper ? c - 32 : c;
    if (c == 0xDF && upper) {
        *second = 'S'; /* "ß".upper() is "SS" */
        return 'S';
    }
    if (c == 0xFF && upper)
        return 0x178;
    if (c == 0xB5 && upper)
        return 0x39C; /* the micro sign's capital is Greek */
    return c;
}

/* The upper (or lower) case of c for the characters minipy knows the
   case of: ASCII, Latin-1, the basic Cyrillic alphabet (U+0400 to
   U+045F), and the stretches without case; 0 for any other. */
uint32_t
change_case(uint32_t c, bool upper, uint32_t *second)
{
    *second = 0;
    if (c < 0x80 && upper)
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    if (c < 0x80)
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    if (c < 0x100)
        return latin1_case(c, upper, second);
    if (c >= 0x400 && c < 0x460) {
        uint32_t shift = c < 0x410 || c >= 0x450 ? 0x50 : 0x20;
        bool is_upper = c < 0x430;
        return is_upper == upper ? c : upper ? c - shift : c + shift;
    }
    for (size_t i = 0; i < sizeof caseless / sizeof *caseless; i++)
        if (c >= caseless[i][0] && c <= caseless[i][1])
            return c;
    return 0;
}

static PyObject *
case_impl(PyObject *self, bool upper)
{
    PyUnicodeObject *op = (PyUnicodeObject *)self;
    _PyUnicodeWriter w = {0};
    for (Py_ssize_t i = 0, len; i < Py_SIZE(op); i += len) {
        uint32_t c = char_at(op->data, Py_SIZE(op), i, &len), second;
        uint32_t changed = change_case(c, upper, &second);
        if (changed == 0 && c != 0) { /* NUL is its own case */
            _PyUnicodeWriter_Dealloc(&w);
            PyErr_Format(EXC_NOT_IMPLEMENTED,
                         "minipy's str.%s() knows the letters of ASCII, "
                         "Latin-1 and Cyrillic only, not U+%04X",
                         upper ? "upper" : "lower", (unsigned)c);
            return NULL;
        }
        char buf[8];
        int n = utf8_encode(changed, buf);
        if (second != 0)
            n += utf8_encode(second, buf + n);
        _PyUnicodeWriter_Write(&w, buf, (size_t)n);
    }
    return finish_unshared(&w);
}

static PyObject *
unicode_upper(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
              PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return case_impl(self, true);
}

static PyObject *
unicode_lower(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
              PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return case_impl(self, false);
}

/* ---- replace ---- */

/* Where the next replacement goes, from byte `from`: an occurrence of
   old, or, when old is empty, the next character boundary. */
static Py_ssize_t
next_match(PyUnicodeObject *op, PyObject *old, Py_ssize_t from)
{
    if (Py_SIZE(old) > 0)
        return find_bytes(op->data, from, Py_SIZE(op), PyUnicode_AsUTF8(old),
                          Py_SIZE(old));
    return from <= Py_SIZE(op) ? from : -1;
}

/* replace(old, new, /, count=-1): the string itself when nothing is
   replaced, else a new one (CPython's replace, Objects/unicodeobject.c,
   3.13). */
static PyObject *
unicode_replace(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                PyObject *kwnames)
{
    static const char *const names[] = {"count", NULL};
    PyObject *count = nargs > 2 ? args[2] : NULL;
    Py_ssize_t given = nargs + _PyArg_KeywordCount(kwnames);
    if (nargs < 2 || given > 3) {
        PyErr_Format(EXC_TYPE,
                     nargs < 2 ? "replace() takes at least 2 positional "
                                 "arguments (%zd given)"
                               : "replace() takes at most 3 arguments (%zd "
                                 "given)",
                     nargs < 2 ? nargs : given);
        return NULL;
    }
    if (_PyArg_Keywords("replace", kwnames, args + nargs, names, &count) < 0 ||
        !expect_str(args[0], "replace", 1) ||
        !expect_str(args[1], "replace", 2))
        return NULL;
    if (count != NULL && !PyLong_Check(count)) {
        PyErr_Format(EXC_TYPE,
                     "'%s' object cannot be interpreted as an "
                     "integer",
                     Py_TYPE(count)->tp_name);
        return NULL;
    }
    PyUnicodeObject *op = (PyUnicodeObject *)self;
    PyObject *old = args[0], *new = args[1];
    int64_t left = count ? PyLong_AsLong(count) : -1;
    if (left < 0)
        left = INT64_MAX;
    if (left == 0 || old == new || (Py_SIZE(old) == 0 && Py_SIZE(new) == 0) ||
        next_match(op, old, 0) < 0)
        return Py_NewRef(self);
    _PyUnicodeWriter w = {0};
    Py_ssize_t i = 0, j, len;
    for (; left > 0 && (j = next_match(op, old, i)) >= 0; left--) {
        _PyUnicodeWriter_Write(&w, op->data + i, (size_t)(j - i));
        _PyUnicodeWriter_WriteStr(&w, new);
        i = j + Py_SIZE(old);
        if (Py_SIZE(old) == 0 && i < Py_SIZE(op)) {
            char_at(op->data, Py_SIZE(op), i, &len);
            _PyUnicodeWriter_Write(&w, op->data + i, (size_t)len);
            i += len;
        } else if (Py_SIZE(old) == 0) {
            i++; /* past the end: no more boundaries */
        }
    }
    if (i < Py_SIZE(op))
        _PyUnicodeWriter_Write(&w, op->data + i, (size_t)(Py_SIZE(op) - i));
    return finish_unshared(&w);
}

/* ---- find, rfind, index, rindex, count ---- */

/* sub's first (or last) character index in s[start:end], -1 if it is
   not there, -2 on an error. */
static Py_ssize_t
find_impl(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
          const char *name, bool last)
{
    PyUnicodeObject *op = (PyUnicodeObject *)self;
    Range r;
    if (!expect_str(args[0], name, 1))
        return -2;
    int in = get_range(op, args + 1, nargs - 1, &r);
    if (in < 0)
        return -2;
    PyObject *sub = args[0];
    if (in == 0 || r.end - r.start < PyUnicode_GetLength(sub))
        return -1;
    const char *t = PyUnicode_AsUTF8(sub);
    Py_ssize_t at = (last ? rfind_bytes : find_bytes)(op->data, r.bstart,
                                                      r.bend, t, Py_SIZE(sub));
    return at < 0 ? -1 : r.start + count_chars(op->data, r.bstart, at);
}

static PyObject *
unicode_find(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
             PyObject *kwnames)
{
    (void)kwnames;
    Py_ssize_t at = find_impl(self, args, nargs, "find", false);
    return at < -1 ? NULL : PyLong_FromLong(at);
}

static PyObject *
unicode_rfind(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
              PyObject *kwnames)
{
    (void)kwnames;
    Py_ssize_t at = find_impl(self, args, nargs, "rfind", true);
    return at < -1 ? NULL : PyLong_FromLong(at);
}

static PyObject *
index_result(Py_ssize_t at)
{
    if (at == -1)
        PyErr_Format(EXC_VALUE, "substring not found");
    return at < 0 ? NULL : PyLong_FromLong(at);
}

static PyObject *
unicode_index(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
              PyObject *kwnames)
{
    (void)kwnames;
    return index_result(find_impl(self, args, nargs, "index", false));
}

static PyObject *
unicode_rindex(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
               PyObject *kwnames)
{
    (void)kwnames;
    return index_result(find_impl(self, args, nargs, "rindex", true));
}

/* count(sub[, start[, end]]): occurrences that do not overlap. */
static PyObject *
unicode_count(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
              PyObject *kwnames)
{
    (void)kwnames;
    PyUnicodeObject *op = (PyUnicodeObject *)self;
    Range r;
    if (!expect_str(args[0], "count", 1))
        return NULL;
    int in = get_range(op, args + 1, nargs - 1, &r);
    if (in < 0)
        return NULL;
    PyObject *sub = args[0];
    Py_ssize_t n = 0, m = Py_SIZE(sub), at = r.bstart;
    if (in == 0 || r.end - r.start < PyUnicode_GetLength(sub))
        return PyLong_FromLong(0);
    if (m == 0)
        return PyLong_FromLong(r.end - r.start + 1);
    const char *t = PyUnicode_AsUTF8(sub);
    while ((at = find_bytes(op->data, at, r.bend, t, m)) >= 0) {
        n++;
        at += m;
    }
    return PyLong_FromLong(n);
}

/* ---- startswith, endswith ---- */

/* Does s[start:end] start (or end) with sub?  1, 0, or -1. */
static int
tail_match(PyUnicodeObject *op, PyObject *sub, Range *r, bool at_end,
           const char *name)
{
    if (!PyUnicode_Check(sub)) {
        PyErr_Format(EXC_TYPE, "tuple for %s must only contain str, not %s",
                     name, Py_TYPE(sub)->tp_name);
        return -1;
    }
    Py_ssize_t m = Py_SIZE(sub);
    if (r->end - r->start < PyUnicode_GetLength(sub))
        return 0;
    Py_ssize_t at = at_end ? r->bend - m : r->bstart;
    return at >= r->bstart &&
           memcmp(op->data + at, PyUnicode_AsUTF8(sub), (size_t)m) == 0;
}

static PyObject *
tail_impl(PyObject *self, PyObject *const *args, Py_ssize_t nargs, bool at_end)
{
    const char *name = at_end ? "endswith" : "startswith";
    PyObject *what = args[0];
    if (!PyUnicode_Check(what) && !PyTuple_Check(what)) {
        PyErr_Format(EXC_TYPE,
                     "%s first arg must be str or a tuple of str, not %s", name,
                     Py_TYPE(what)->tp_name);
        return NULL;
    }
    Range r;
    int in = get_range((PyUnicodeObject *)self, args + 1, nargs - 1, &r);
    if (in < 0)
        return NULL;
    bool tuple = PyTuple_Check(what);
    Py_ssize_t n = tuple ? Py_SIZE(what) : 1;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *sub = tuple ? PyTuple_GET_ITEM(what, i) : what;
        int found =
            in == 0 && PyUnicode_Check(sub)
                ? 0
                : tail_match((PyUnicodeObject *)self, sub, &r, at_end, name);
        if (found != 0)
            return found < 0 ? NULL : Py_NewRef(Py_True);
    }
    Py_RETURN_FALSE;
}

static PyObject *
unicode_startswith(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                   PyObject *kwnames)
{
    (void)kwnames;
    return tail_impl(self, args, nargs, false);
}

static PyObject *
unicode_endswith(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                 PyObject *kwnames)
{
    (void)kwnames;
    return tail_impl(self, args, nargs, true);
}

static PyObject *
unicode_new(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs)
{
    (void)type;
    if (nargs == 0)
        return PyUnicode_FromString("");
    if (nargs > 3) {
        PyErr_Format(EXC_TYPE, "str expected at most 3 arguments, got %zd",
                     nargs);
        return NULL;
    }
    if (nargs > 1) {
        PyErr_Format(EXC_NOT_IMPLEMENTED,
                     "minipy's str() takes one argument, not an encoding");
        return NULL;
    }
    return PyObject_Str(args[0]);
}

/* str.__sizeof__, as CPython 3.13 stores the same text (unicode_sizeof,
   Objects/unicodeobject.c; the structs in Include/cpython/unicodeobject.h):
   one byte a character when all are ASCII, after a 40-byte
   PyASCIIObject; else after a 56-byte PyCompactUnicodeObject, 1, 2 or
   4 bytes a character, as the largest code point needs (Latin-1, the
   BMP, beyond); a NUL after the last.  A string of one Latin-1
   character is one of CPython's static singletons, which carry their
   UTF-8 form too (2 bytes and a NUL).  We store UTF-8 only, so the kind
   is read from the text. */
static PyObject *
unicode_sizeof(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
               PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    PyUnicodeObject *op = (PyUnicodeObject *)self;
    if (is_ascii(op))
        return PyLong_FromLong(40 + op->length + 1);
    uint32_t max = 0, code;
    for (Py_ssize_t i = 0; i < Py_SIZE(op);) {
        i += utf8_decode(op->data + i, Py_SIZE(op) - i, &code);
        max = code > max ? code : max;
    }
    Py_ssize_t kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
    Py_ssize_t utf8 = op->length == 1 && max < 0x100 ? Py_SIZE(op) + 1 : 0;
    return PyLong_FromLong(56 + (op->length + 1) * kind + utf8);
}

static PyMethodDef unicode_methods[] = {
    {"join", unicode_join, 1, 1, false},
    {"split", unicode_split, 0, INT32_MAX, true},
    {"rsplit", unicode_rsplit, 0, INT32_MAX, true},
    {"strip", unicode_strip, 0, 1, false},
    {"lstrip", unicode_lstrip, 0, 1, false},
    {"rstrip", unicode_rstrip, 0, 1, false},
    {"upper", unicode_upper, 0, 0, false},
    {"lower", unicode_lower, 0, 0, false},
    {"replace", unicode_replace, 0, INT32_MAX, true},
    {"find", unicode_find, 1, 3, false},
    {"rfind", unicode_rfind, 1, 3, false},
    {"index", unicode_index, 1, 3, false},
    {"rindex", unicode_rindex, 1, 3, false},
    {"count", unicode_count, 1, 3, false},
    {"startswith", unicode_startswith, 1, 3, false},
    {"endswith", unicode_endswith, 1, 3, false},
    UNICODE_MORE_METHODS,
    {"format", _PyUnicode_FormatMethod, 0, INT32_MAX, true},
    {"__format__", _PyUnicode_DunderFormat, 1, 1, false},
    {"__sizeof__", unicode_sizeof, 0, 0, false},
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
    .nb_remainder = unicode_mod,
    .tp_iter = _PySeqIter_New,
    .tp_new = unicode_new,
    .tp_methods = unicode_methods,
    .tp_static_methods = unicode_static_methods,
    .tp_base = &PyBaseObject_Type,
};
