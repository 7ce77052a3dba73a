/* str.format(*args, **kwargs): literal text with {{ and }}, and fields
   {name.attr[key]!conversion:spec}, the spec itself holding fields; and
   str.format_map(mapping), whose fields are looked up in the mapping.
   The rules and messages are CPython 3.13's (Objects/stringlib/
   unicode_format.h). */
#include "abstract.h"
#include "errors.h"
#include "format.h"
#include "longobject.h"
#include "tupleobject.h"
#include "unicodeobject.h"

#include <string.h>

typedef struct {
    PyObject *const *args;
    Py_ssize_t nargs;
    PyObject *kwnames; /* tuple of str, or NULL */
    PyObject *const *kwargs;
    enum { AUTO_INIT, AUTO_ON, AUTO_MANUAL } numbering;
    Py_ssize_t next;   /* the next automatic field number */
    PyObject *mapping; /* format_map's, or NULL */
} FormatArgs;

/* A piece of the format string, by byte offsets. */
typedef struct {
    const char *s;
    Py_ssize_t start, end;
} Piece;

static PyObject *
value_error(const char *message)
{
    PyErr_Format(EXC_VALUE, "%s", message);
    return NULL;
}

/* The piece as a decimal number, -1 if it is not one (or on an error). */
static Py_ssize_t
piece_integer(Piece p)
{
    if (p.start >= p.end)
        return -1;
    Py_ssize_t acc = 0;
    for (Py_ssize_t i = p.start; i < p.end; i++) {
        int d = p.s[i] - '0';
        if (d < 0 || d > 9)
            return -1;
        if (acc > (PTRDIFF_MAX - d) / 10) {
            value_error("Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

static PyObject *
piece_str(Piece p)
{
    return PyUnicode_FromStringAndSize(p.s + p.start, p.end - p.start);
}

static PyObject *
keyword_value(FormatArgs *a, Piece name)
{
    PyObject *key = piece_str(name);
    if (key == NULL)
        return NULL;
    if (a->mapping != NULL) { /* format_map: any object with [] */
        PyObject *value = PyObject_GetItem(a->mapping, key);
        Py_DECREF(key);
        return value;
    }
    Py_ssize_t n = a->kwnames ? Py_SIZE(a->kwnames) : 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (_PyUnicode_Equal(PyTuple_GET_ITEM(a->kwnames, i), key)) {
            Py_DECREF(key);
            return Py_NewRef(a->kwargs[i]);
        }
    }
    PyErr_SetKeyError(key);
    Py_DECREF(key);
    return NULL;
}

/* The object the first part of a field's name names. */
static PyObject *
first_object(FormatArgs *a, Piece first)
{
    Py_ssize_t index = piece_integer(first);
    if (index == -1 && PyErr_Occurred())
        return NULL;
    bool empty = first.start >= first.end, numeric = empty || index != -1;
    if (numeric && a->numbering == AUTO_INIT)
        a->numbering = empty ? AUTO_ON : AUTO_MANUAL;
    if (numeric && a->numbering == AUTO_MANUAL && empty)
        return value_error("cannot switch from manual field specification "
                           "to automatic field numbering");
    if (numeric && a->numbering == AUTO_ON && !empty)
        return value_error("cannot switch from automatic field numbering "
                           "to manual field specification");
    if (empty)
        index = a->next++;
    if (!numeric)
        return keyword_value(a, first);
    if (a->mapping != NULL)
        return value_error("Format string contains positional fields");
    if (index >= a->nargs) {
        PyErr_Format(EXC_INDEX,
                     "Replacement index %zd out of range for positional "
                     "args tuple",
                     index);
        return NULL;
    }
    return Py_NewRef(a->args[index]);
}

/* .attr or [key] after the first part: the next object, or NULL. */
static PyObject *
next_object(PyObject *obj, Piece *rest)
{
    const char *s = rest->s;
    char kind = s[rest->start++];
    Piece name = {s, rest->start, rest->start};
    if (kind == '.') {
        while (rest->start < rest->end && s[rest->start] != '.' &&
               s[rest->start] != '[')
            rest->start++;
        name.end = rest->start;
    } else if (kind == '[') {
        while (rest->start < rest->end && s[rest->start] != ']')
            rest->start++;
        if (rest->start >= rest->end)
            return value_error("Missing ']' in format string");
        name.end = rest->start++;
    } else {
        return value_error("Only '.' or '[' may follow ']' in format field "
                           "specifier");
    }
    if (name.start == name.end)
        return value_error("Empty attribute in format string");
    Py_ssize_t index = kind == '[' ? piece_integer(name) : -1;
    if (index == -1 && PyErr_Occurred())
        return NULL;
    PyObject *key = index >= 0 ? PyLong_FromLong(index) : piece_str(name);
    if (key == NULL)
        return NULL;
    PyObject *next =
        kind == '.' ? PyObject_GetAttr(obj, key) : PyObject_GetItem(obj, key);
    Py_DECREF(key);
    return next;
}

static PyObject *
field_object(FormatArgs *a, Piece name)
{
    Piece first = name;
    for (first.end = name.start;
         first.end < name.end && name.s[first.end] != '.' &&
         name.s[first.end] != '[';
         first.end++)
        ;
    PyObject *obj = first_object(a, first);
    Piece rest = {name.s, first.end, name.end};
    while (obj != NULL && rest.start < rest.end) {
        PyObject *next = next_object(obj, &rest);
        Py_SETREF(obj, next);
    }
    return obj;
}

static PyObject *
convert(PyObject *obj, char conversion)
{
    char c[16];
    switch (conversion) {
    case 'r':
        return PyObject_Repr(obj);
    case 's':
        return PyObject_Str(obj);
    case 'a':
        return PyObject_ASCII(obj);
    }
    if (conversion > 32 && conversion < 127)
        snprintf(c, sizeof c, "%c", conversion);
    else
        snprintf(c, sizeof c, "\\x%x", (unsigned)(unsigned char)conversion);
    PyErr_Format(EXC_VALUE, "Unknown conversion specifier %s", c);
    return NULL;
}

static PyObject *build_string(FormatArgs *a, Piece text, int depth);

/* One field: name, !conversion and :spec, already split. */
static PyObject *
render_field(FormatArgs *a, Piece name, char conversion, Piece spec,
             bool expand, int depth)
{
    PyObject *obj = field_object(a, name);
    if (obj != NULL && conversion != 0)
        Py_SETREF(obj, convert(obj, conversion));
    if (obj == NULL)
        return NULL;
    PyObject *text =
        expand ? build_string(a, spec, depth - 1) : piece_str(spec);
    PyObject *result = text ? PyObject_Format(obj, text) : NULL;
    Py_DECREF(obj);
    Py_XDECREF(text);
    return result;
}

/* After a '{': the field up to its '}', rendered; *at moves past it. */
static PyObject *
parse_field(FormatArgs *a, Piece *str, int depth)
{
    const char *s = str->s;
    Piece name = {s, str->start, str->start};
    char c = 0;
    while (str->start < str->end) {
        c = s[str->start++];
        if (c == '{')
            return value_error("unexpected '{' in field name");
        if (c == '[') {
            while (str->start < str->end && s[str->start] != ']')
                str->start++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
        c = 0;
    }
    name.end = c != 0 ? str->start - 1 : str->start;
    char conversion = 0;
    Piece spec = {s, str->start, str->start};
    bool expand = false;
    if (c == '!') {
        if (str->start >= str->end)
            return value_error("end of string while looking for conversion "
                               "specifier");
        conversion = s[str->start++];
        if (str->start < str->end) {
            c = s[str->start++];
            if (c == '}')
                return render_field(a, name, conversion, spec, false, depth);
            if (c != ':')
                return value_error("expected ':' after conversion "
                                   "specifier");
        }
    }
    if (c == '!' || c == ':') {
        spec.start = str->start;
        for (int count = 1; str->start < str->end;) {
            c = s[str->start++];
            if (c == '{')
                expand = true, count++;
            else if (c == '}' && --count == 0) {
                spec.end = str->start - 1;
                return render_field(a, name, conversion, spec, expand, depth);
            }
        }
        return value_error("unmatched '{' in format spec");
    }
    if (c != '}')
        return value_error("expected '}' before end of string");
    return render_field(a, name, conversion, spec, false, depth);
}

static PyObject *
build_string(FormatArgs *a, Piece str, int depth)
{
    if (depth <= 0)
        return value_error("Max string recursion exceeded");
    _PyUnicodeWriter w = {0};
    const char *s = str.s;
    while (str.start < str.end) {
        Py_ssize_t from = str.start;
        char c = 0;
        while (str.start < str.end) {
            c = s[str.start++];
            if (c == '{' || c == '}')
                break;
            c = 0;
        }
        bool at_end = str.start >= str.end;
        Py_ssize_t to = str.start - (c != 0);
        const char *message = NULL;
        if (c == '}' && (at_end || s[str.start] != '}'))
            message = "Single '}' encountered in format string";
        else if (c == '{' && at_end)
            message = "Single '{' encountered in format string";
        if (message != NULL) {
            _PyUnicodeWriter_Dealloc(&w);
            return value_error(message);
        }
        _PyUnicodeWriter_Write(&w, s + from, (size_t)(to - from));
        if (c != 0 && s[str.start] == c) { /* {{ or }} */
            _PyUnicodeWriter_Write(&w, &c, 1);
            str.start++;
            continue;
        }
        if (c == 0)
            continue;
        PyObject *piece = parse_field(a, &str, depth);
        if (piece == NULL) {
            _PyUnicodeWriter_Dealloc(&w);
            return NULL;
        }
        if (w.len == 0 && !w.failed && str.start >= str.end) {
            _PyUnicodeWriter_Dealloc(&w);
            return piece; /* one field and nothing else: its str itself,
                             as in CPython */
        }
        _PyUnicodeWriter_WriteStr(&w, piece);
        Py_DECREF(piece);
    }
    return _PyUnicodeWriter_Finish(&w);
}

/* Text without a field or a brace is the result itself, as in CPython
   (whose writer takes a whole str as the first and last piece). */
static PyObject *
format_with(PyObject *self, FormatArgs *a)
{
    Piece all = {PyUnicode_AsUTF8(self), 0, Py_SIZE(self)};
    if (memchr(all.s, '{', (size_t)all.end) == NULL &&
        memchr(all.s, '}', (size_t)all.end) == NULL)
        return Py_NewRef(self);
    return build_string(a, all, 2);
}

PyObject *
_PyUnicode_FormatMethod(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                        PyObject *kwnames)
{
    FormatArgs a = {args, nargs, kwnames, args + nargs, AUTO_INIT, 0, NULL};
    return format_with(self, &a);
}

PyObject *
_PyUnicode_FormatMap(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                     PyObject *kwnames)
{
    (void)nargs, (void)kwnames;
    FormatArgs a = {NULL, 0, NULL, NULL, AUTO_INIT, 0, args[0]};
    return format_with(self, &a);
}
