/* format(value, spec): the format-spec mini-language for ints and strs,
   a class's own __format__, and object.__format__ for the rest.  This is
   what f"{x:>8}" and "{:>8}".format(x) run.  The rules and messages are
   CPython 3.13's (Python/formatter_unicode.c; PyObject_Format in
   Objects/abstract.c; object___format__ in Objects/typeobject.c). */
#include "format.h"

#include "errors.h"
#include "longobject.h"
#include "pymem.h"
#include "unicodeobject.h"

#include <stdint.h>
#include <string.h>

/* [[fill]align][sign][z][#][0][width][grouping][.precision][type] */
typedef struct {
    uint32_t fill;
    char align, sign, grouping; /* 0 when not given */
    bool no_neg_0, alternate;
    Py_ssize_t width, precision; /* -1 when not given */
    uint32_t type;
} Spec;

/* ---- reading a spec ---- */

static bool
is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* Decimal digits at *pos: how many (-1 on an overflow). */
static int
spec_integer(const uint32_t *s, Py_ssize_t *pos, Py_ssize_t end,
             Py_ssize_t *value)
{
    Py_ssize_t acc = 0;
    int n = 0;
    for (; *pos < end && s[*pos] >= '0' && s[*pos] <= '9'; (*pos)++, n++) {
        int d = (int)(s[*pos] - '0');
        if (acc > (PTRDIFF_MAX - d) / 10) {
            PyErr_Format(EXC_VALUE, "Too many decimal digits in format "
                                    "string");
            return -1;
        }
        acc = acc * 10 + d;
    }
    *value = acc;
    return n;
}

/* A character of a message: itself if printable ASCII, else \xNN. */
static void
char_text(uint32_t c, char out[16])
{
    if (c > 32 && c < 128)
        snprintf(out, 16, "%c", (char)c);
    else
        snprintf(out, 16, "\\x%x", (unsigned)c);
}

static bool
grouping_allowed(Spec *f)
{
    char sep[16], type[16];
    switch (f->type) {
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'G':
    case '%':
    case 'F':
    case 0:
        return true;
    case 'b':
    case 'o':
    case 'x':
    case 'X':
        if (f->grouping == '_')
            return true;
        break;
    }
    char_text((uint32_t)f->grouping, sep);
    char_text(f->type, type);
    PyErr_Format(EXC_VALUE, "Cannot specify '%s' with '%s'.", sep, type);
    return false;
}

static int
parse_spec(PyObject *obj, PyObject *text, const uint32_t *s, Py_ssize_t end,
           char default_type, char default_align, Spec *f)
{
    Py_ssize_t pos = 0;
    bool fill_given = false, align_given = false;
    *f = (Spec){' ', default_align,         0, 0, false, false, -1,
                -1,  (uint32_t)default_type};
    if (end >= 2 && is_align(s[1])) {
        f->fill = s[0];
        f->align = (char)s[1];
        fill_given = align_given = true;
        pos = 2;
    } else if (end >= 1 && is_align(s[0])) {
        f->align = (char)s[0];
        align_given = true;
        pos = 1;
    }
    if (pos < end && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' '))
        f->sign = (char)s[pos++];
    if (pos < end && s[pos] == 'z')
        f->no_neg_0 = true, pos++;
    if (pos < end && s[pos] == '#')
        f->alternate = true, pos++;
    if (!fill_given && pos < end && s[pos] == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>')
            f->align = '=';
        pos++;
    }
    int got = spec_integer(s, &pos, end, &f->width);
    if (got < 0)
        return -1;
    if (got == 0)
        f->width = -1;
    if (pos < end && s[pos] == ',')
        f->grouping = ',', pos++;
    if (pos < end && s[pos] == '_') {
        if (f->grouping != 0)
            goto comma_and_underscore;
        f->grouping = '_', pos++;
    }
    if (pos < end && s[pos] == ',' && f->grouping == '_')
        goto comma_and_underscore;
    if (pos < end && s[pos] == '.') {
        pos++;
        if ((got = spec_integer(s, &pos, end, &f->precision)) < 0)
            return -1;
        if (got == 0) {
            PyErr_Format(EXC_VALUE, "Format specifier missing precision");
            return -1;
        }
    }
    if (end - pos > 1) {
        PyErr_Format(EXC_VALUE,
                     "Invalid format specifier '%s' for object of type '%s'",
                     PyUnicode_AsUTF8(text), Py_TYPE(obj)->tp_name);
        return -1;
    }
    if (end - pos == 1)
        f->type = s[pos];
    if (f->grouping != 0 && !grouping_allowed(f))
        return -1;
    return 0;
comma_and_underscore:
    PyErr_Format(EXC_VALUE, "Cannot specify both ',' and '_'.");
    return -1;
}

static void
unknown_type(uint32_t type, PyObject *obj)
{
    char c[16];
    char_text(type, c);
    PyErr_Format(EXC_VALUE, "Unknown format code '%s' for object of type '%s'",
                 c, Py_TYPE(obj)->tp_name);
}

/* ---- writing ---- */

/* The room for all n fill characters is taken at once: a width too big
   for memory fails now, as CPython's one allocation of the result does,
   rather than after a long time of filling. */
void
_PyFormat_WriteFill(_PyUnicodeWriter *w, uint32_t fill, Py_ssize_t n)
{
    char utf8[4];
    int len = utf8_encode(fill, utf8);
    if (n <= 0)
        return;
    if ((size_t)n > (size_t)PTRDIFF_MAX / (size_t)len ||
        !_PyUnicodeWriter_Reserve(w, (size_t)n * (size_t)len)) {
        w->failed = true;
        return;
    }
    if (len == 1) { /* the usual case, a space or a zero: one memset */
        memset(w->data + w->len, utf8[0], (size_t)n);
        w->len += (size_t)n;
        return;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        _PyUnicodeWriter_Write(w, utf8, (size_t)len);
}

Py_ssize_t
_PyFormat_CharOffset(const char *s, Py_ssize_t size, Py_ssize_t i)
{
    Py_ssize_t at = 0;
    for (; at < size && i > 0; i--)
        for (at++; at < size && ((unsigned char)s[at] & 0xC0) == 0x80; at++)
            ;
    return at;
}

static PyObject *
format_str(PyObject *obj, Spec *f)
{
    const char *message = NULL;
    if (f->sign == ' ')
        message = "Space not allowed in string format specifier";
    else if (f->sign != 0)
        message = "Sign not allowed in string format specifier";
    else if (f->no_neg_0)
        message = "Negative zero coercion (z) not allowed in string "
                  "format specifier";
    else if (f->alternate)
        message = "Alternate form (#) not allowed in string format "
                  "specifier";
    else if (f->align == '=')
        message = "'=' alignment not allowed in string format specifier";
    if (message != NULL) {
        PyErr_Format(EXC_VALUE, "%s", message);
        return NULL;
    }
    Py_ssize_t len = PyUnicode_GetLength(obj);
    if ((f->width == -1 || f->width <= len) &&
        (f->precision == -1 || f->precision >= len))
        return Py_NewRef(obj);
    if (f->precision >= 0 && len >= f->precision)
        len = f->precision;
    Py_ssize_t total = f->width > len ? f->width : len, left = 0;
    if (f->align == '>')
        left = total - len;
    else if (f->align == '^')
        left = (total - len) / 2;
    _PyUnicodeWriter w = {0};
    _PyFormat_WriteFill(&w, f->fill, left);
    const char *s = PyUnicode_AsUTF8(obj);
    _PyUnicodeWriter_Write(&w, s,
                           (size_t)_PyFormat_CharOffset(s, Py_SIZE(obj), len));
    _PyFormat_WriteFill(&w, f->fill, total - len - left);
    return _PyUnicodeWriter_Finish(&w);
}

/* The digits grouped from the right (sep every group digits; group 0
   for none), padded with zeros to min_width, as CPython's
   _PyUnicode_InsertThousandsGrouping does.  Written backwards. */
static void
group_digits(_PyUnicodeWriter *w, const char *digits, Py_ssize_t n,
             Py_ssize_t min_width, char sep, int group)
{
    Py_ssize_t remaining = n;
    bool use_sep = false;
    if (min_width < 0)
        min_width = 0;
    for (;;) {
        Py_ssize_t most = remaining > min_width ? remaining : min_width;
        Py_ssize_t l = group > 0 ? group : most;
        if (l > most)
            l = most > 1 ? most : 1;
        if (l < 1)
            l = 1;
        Py_ssize_t chars = remaining < l ? remaining : l;
        if (chars < 0)
            chars = 0;
        if (use_sep)
            _PyUnicodeWriter_Write(w, &sep, 1);
        for (Py_ssize_t i = 0; i < chars; i++)
            _PyUnicodeWriter_Write(w, &digits[remaining - 1 - i], 1);
        _PyFormat_WriteFill(w, '0', l - chars);
        use_sep = true;
        remaining -= chars;
        min_width -= l;
        if (group == 0 || (remaining <= 0 && min_width <= 0))
            return;
        min_width -= 1;
    }
}

static void
reverse(char *s, size_t n)
{
    for (size_t i = 0; i < n / 2; i++) {
        char c = s[i];
        s[i] = s[n - 1 - i];
        s[n - 1 - i] = c;
    }
}

int
_PyFormat_IntDigits(uint64_t magnitude, int base, bool upper, char out[72])
{
    const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    int n = 0;
    do {
        out[n++] = set[magnitude % (uint64_t)base];
        magnitude /= (uint64_t)base;
    } while (magnitude > 0);
    reverse(out, (size_t)n);
    return n;
}

int
_PyFormat_CheckCodePoint(int64_t v)
{
    if (v < 0 || v > 0x10FFFF) {
        PyErr_Format(EXC_OVERFLOW, "%%c arg not in range(0x110000)");
        return -1;
    }
    if (v >= 0xD800 && v <= 0xDFFF) {
        PyErr_Format(EXC_NOT_IMPLEMENTED,
                     "minipy strings cannot hold surrogates");
        return -1;
    }
    return 0;
}

static const char *
int_spec_error(Spec *f)
{
    if (f->precision != -1)
        return "Precision not allowed in integer format specifier";
    if (f->no_neg_0)
        return "Negative zero coercion (z) not allowed in integer format "
               "specifier";
    if (f->type == 'c' && f->sign != 0)
        return "Sign not allowed with integer format specifier 'c'";
    if (f->type == 'c' && f->alternate)
        return "Alternate form (#) not allowed with integer format "
               "specifier 'c'";
    return NULL;
}

/* | left pad | sign | prefix | zeros or pad | digits | char | right pad |
   (CPython's calc_number_widths and fill_number). */
static PyObject *
format_int(PyObject *obj, Spec *f)
{
    const char *message = int_spec_error(f);
    if (message != NULL) {
        PyErr_Format(EXC_VALUE, "%s", message);
        return NULL;
    }
    int64_t v = PyLong_AsLong(obj);
    char digits[72], sign = 0, remainder[4];
    const char *prefix = "";
    int ndigits = 0, nremainder = 0;
    if (f->type == 'c') {
        if (_PyFormat_CheckCodePoint(v) < 0)
            return NULL;
        nremainder = utf8_encode((uint32_t)v, remainder);
    } else {
        int base = f->type == 'b'                     ? 2
                   : f->type == 'o'                   ? 8
                   : f->type == 'x' || f->type == 'X' ? 16
                                                      : 10;
        uint64_t magnitude = v < 0 ? -(uint64_t)v : (uint64_t)v;
        ndigits = _PyFormat_IntDigits(magnitude, base, f->type == 'X', digits);
        if (f->alternate && base != 10)
            prefix = base == 2        ? "0b"
                     : base == 8      ? "0o"
                     : f->type == 'X' ? "0X"
                                      : "0x";
        if (v < 0)
            sign = '-';
    }
    if (f->sign == '+' || f->sign == ' ')
        sign = sign == '-' ? '-' : f->sign;
    Py_ssize_t fixed =
        (sign != 0) + (Py_ssize_t)strlen(prefix) + (nremainder > 0);
    Py_ssize_t min_width =
        f->fill == '0' && f->align == '=' ? f->width - fixed : 0;
    int group =
        f->grouping == 0     ? 0
        : f->grouping == ',' ? 3
        : f->type == 'b' || f->type == 'o' || f->type == 'x' || f->type == 'X'
            ? 4
            : 3;
    _PyUnicodeWriter g = {0};
    if (ndigits > 0)
        group_digits(&g, digits, ndigits, min_width, f->grouping, group);
    if (g.failed) {
        _PyUnicodeWriter_Dealloc(&g);
        PyErr_NoMemory();
        return NULL;
    }
    reverse(g.data, g.len);
    Py_ssize_t padding = f->width - (fixed + (Py_ssize_t)g.len), left = 0,
               middle = 0, right = 0;
    if (padding > 0 && f->align == '<')
        right = padding;
    else if (padding > 0 && f->align == '^')
        left = padding / 2, right = padding - left;
    else if (padding > 0 && f->align == '=')
        middle = padding;
    else if (padding > 0)
        left = padding;
    _PyUnicodeWriter w = {0};
    _PyFormat_WriteFill(&w, f->fill, left);
    if (sign != 0)
        _PyUnicodeWriter_Write(&w, &sign, 1);
    _PyUnicodeWriter_WriteASCII(&w, prefix);
    _PyFormat_WriteFill(&w, f->fill, middle);
    _PyUnicodeWriter_Write(&w, g.data, g.len);
    _PyUnicodeWriter_Write(&w, remainder, (size_t)nremainder);
    _PyFormat_WriteFill(&w, f->fill, right);
    _PyUnicodeWriter_Dealloc(&g);
    return _PyUnicodeWriter_Finish(&w);
}

/* ---- __format__ ---- */

/* The spec as code points (a fill character may be any character). */
static uint32_t *
code_points(PyObject *text, Py_ssize_t *n)
{
    const char *s = PyUnicode_AsUTF8(text);
    Py_ssize_t size = Py_SIZE(text), k = 0;
    uint32_t *out =
        PyMem_RawMalloc((size_t)(PyUnicode_GetLength(text) + 1) * 4);
    if (out == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (Py_ssize_t i = 0; i < size; k++) {
        uint32_t c = (unsigned char)s[i];
        Py_ssize_t used = c < 0x80 ? 1 : utf8_decode(s + i, size - i, &c);
        out[k] = c;
        i += used > 0 ? used : 1;
    }
    *n = k;
    return out;
}

/* int.__format__ (bool's too) and str.__format__. */
static PyObject *
builtin_format_spec(PyObject *obj, PyObject *text)
{
    bool is_int = PyLong_Check(obj);
    if (text == NULL || Py_SIZE(text) == 0)
        return PyObject_Str(obj); /* True, for a bool */
    Py_ssize_t n;
    uint32_t *s = code_points(text, &n);
    if (s == NULL)
        return NULL;
    Spec f;
    int status =
        parse_spec(obj, text, s, n, is_int ? 'd' : 's', is_int ? '>' : '<', &f);
    PyMem_RawFree(s);
    if (status < 0)
        return NULL;
    if (!is_int && f.type == 's')
        return format_str(obj, &f);
    if (is_int && f.type != 0 && strchr("bcdoxXn", (int)f.type) != NULL)
        return format_int(obj, &f);
    if (is_int && f.type != 0 && strchr("eEfFgG%", (int)f.type) != NULL) {
        PyErr_Format(EXC_NOT_IMPLEMENTED,
                     "minipy does not support floats (format code '%c')",
                     (char)f.type);
        return NULL;
    }
    unknown_type(f.type, obj);
    return NULL;
}

static PyObject *
object_format(PyObject *obj, PyObject *text)
{
    if (text != NULL && Py_SIZE(text) > 0) {
        PyErr_Format(EXC_TYPE,
                     "unsupported format string passed to %s.__format__",
                     Py_TYPE(obj)->tp_name);
        return NULL;
    }
    return PyObject_Str(obj);
}

/* A class's own __format__ (found on its type), called with the spec. */
static PyObject *
class_format(PyObject *obj, PyObject *text, bool *found)
{
    *found = false;
    if (!(Py_TYPE(obj)->tp_flags & Py_TPFLAGS_HEAPTYPE))
        return NULL;
    PyObject *name = PyUnicode_InternFromString("__format__");
    if (name == NULL)
        return NULL;
    PyObject *func = _PyType_Lookup(Py_TYPE(obj), name);
    Py_DECREF(name);
    if (func == NULL)
        return NULL;
    *found = true;
    PyObject *empty = text == NULL ? PyUnicode_FromString("") : NULL;
    if (text == NULL && (text = empty) == NULL)
        return NULL;
    Py_INCREF(func);
    PyObject *result = _PyObject_CallPrepend(func, obj, &text, 1, NULL);
    Py_DECREF(func);
    Py_XDECREF(empty);
    if (result != NULL && !PyUnicode_Check(result)) {
        PyErr_Format(EXC_TYPE, "__format__ must return a str, not %s",
                     Py_TYPE(result)->tp_name);
        Py_CLEAR(result);
    }
    return result;
}

PyObject *
PyObject_Format(PyObject *obj, PyObject *spec)
{
    bool empty = spec == NULL || Py_SIZE(spec) == 0;
    if (empty && PyUnicode_Check(obj))
        return Py_NewRef(obj);
    if (empty && Py_IS_TYPE(obj, &PyLong_Type))
        return PyObject_Str(obj);
    bool found;
    PyObject *result = class_format(obj, spec, &found);
    if (found || PyErr_Occurred())
        return result;
    if (PyLong_Check(obj) || PyUnicode_Check(obj))
        return builtin_format_spec(obj, spec);
    return object_format(obj, spec);
}

/* ---- ascii() and the join f-strings end with ---- */

PyObject *
PyObject_ASCII(PyObject *obj)
{
    PyObject *repr = PyObject_Repr(obj);
    if (repr == NULL)
        return NULL;
    const char *s = PyUnicode_AsUTF8(repr);
    Py_ssize_t size = Py_SIZE(repr);
    if (PyUnicode_GetLength(repr) == size)
        return repr;
    _PyUnicodeWriter w = {0};
    for (Py_ssize_t i = 0; i < size;) {
        uint32_t c = (unsigned char)s[i];
        Py_ssize_t used = c < 0x80 ? 1 : utf8_decode(s + i, size - i, &c);
        char escape[16];
        if (c < 0x80)
            _PyUnicodeWriter_Write(&w, s + i, 1);
        else {
            snprintf(escape, sizeof escape,
                     c < 0x100     ? "\\x%02x"
                     : c < 0x10000 ? "\\u%04x"
                                   : "\\U%08x",
                     (unsigned)c);
            _PyUnicodeWriter_WriteASCII(&w, escape);
        }
        i += used > 0 ? used : 1;
    }
    Py_DECREF(repr);
    return _PyUnicodeWriter_Finish(&w);
}

PyObject *
_PyUnicode_JoinArray(PyObject *const *items, Py_ssize_t n)
{
    if (n == 1)
        return Py_NewRef(items[0]);
    _PyUnicodeWriter w = {0};
    for (Py_ssize_t i = 0; i < n; i++)
        _PyUnicodeWriter_WriteStr(&w, items[i]);
    if (w.len == 0 && !w.failed) {
        _PyUnicodeWriter_Dealloc(&w);
        return PyUnicode_FromString("");
    }
    if (w.failed) {
        _PyUnicodeWriter_Dealloc(&w);
        PyErr_NoMemory();
        return NULL;
    }
    PyObject *result = _PyUnicode_NewCopy(w.data, (Py_ssize_t)w.len);
    _PyUnicodeWriter_Dealloc(&w);
    return result;
}

/* ---- the builtins and methods ---- */

PyObject *
_PyBuiltin_Format(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                  PyObject *kwnames)
{
    (void)self, (void)kwnames;
    if (nargs == 2 && !PyUnicode_Check(args[1])) {
        PyErr_Format(EXC_TYPE, "format() argument 2 must be str, not %s",
                     Py_TYPE(args[1])->tp_name);
        return NULL;
    }
    return PyObject_Format(args[0], nargs == 2 ? args[1] : NULL);
}

PyObject *
_PyBuiltin_ASCII(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                 PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return PyObject_ASCII(args[0]);
}

static PyObject *
dunder_format(PyObject *self, PyObject *const *args)
{
    if (!PyUnicode_Check(args[0])) {
        PyErr_Format(EXC_TYPE, "__format__() argument must be str, not %s",
                     Py_TYPE(args[0])->tp_name);
        return NULL;
    }
    return builtin_format_spec(self, args[0]);
}

PyObject *
_PyLong_FormatMethod(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                     PyObject *kwnames)
{
    (void)nargs, (void)kwnames;
    return dunder_format(self, args);
}

PyObject *
_PyUnicode_DunderFormat(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                        PyObject *kwnames)
{
    (void)nargs, (void)kwnames;
    return dunder_format(self, args);
}
