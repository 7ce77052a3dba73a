/* str % args: printf-style formatting, "%d items" % n and
   "%(name)s" % mapping.  The conversions, flags, width and precision,
   the order in which errors are found and their messages are CPython
   3.13's PyUnicode_Format (Objects/unicodeobject.c, v3.13.0), and so is
   which str comes back: "%s" % s is s itself.  minipy has no floats:
   e, f and g format an int as CPython formats the float the int
   converts to, which is a whole number, so its digits are exact. */
#include "format.h"

#include "abstract.h"
#include "errors.h"
#include "longobject.h"
#include "tupleobject.h"

#include <limits.h>
#include <string.h>

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct {
    PyObject *format;
    const char *s;
    Py_ssize_t size, pos; /* in bytes */
    PyObject *args;       /* the tuple, the one object, or a key's value */
    bool args_owned;
    Py_ssize_t arglen, argidx; /* arglen -1: args is one object */
    PyObject *dict;            /* the right operand, if it is a mapping */
    _PyUnicodeWriter w;
    PyObject *whole; /* the result: this str alone (see write_body) */
    bool fresh;      /* the result is an int's str(), never a cached one */
} Formatter;

/* One %[(key)][flags][width][.precision]type. */
typedef struct {
    uint32_t type;
    int flags;
    int64_t width; /* -1 when not given */
    int prec;      /* -1 when not given */
    bool last;     /* type is the format's last character */
} Conversion;

/* What one conversion writes before it is padded: head, then zeros
   '0's, then tail, len characters in all. */
typedef struct {
    const char *head;
    size_t nhead;
    Py_ssize_t zeros;
    const char *tail;
    size_t ntail;
    Py_ssize_t len;
    PyObject *str; /* the str head is the text of, if any */
    bool numeric;  /* a sign goes first; the 0 flag pads with zeros */
    bool fresh;    /* an int's str(), which CPython makes anew */
} Body;

/* ---- reading the format ---- */

static bool
next_char(Formatter *f, uint32_t *c)
{
    if (f->pos >= f->size)
        return false;
    uint32_t code = (unsigned char)f->s[f->pos];
    Py_ssize_t used =
        code < 0x80 ? 1 : utf8_decode(f->s + f->pos, f->size - f->pos, &code);
    f->pos += used > 0 ? used : 1;
    *c = code;
    return true;
}

static PyObject *
next_arg(Formatter *f)
{
    if (f->argidx < f->arglen) {
        Py_ssize_t i = f->argidx++;
        return f->arglen < 0 ? f->args : PyTuple_GET_ITEM(f->args, i);
    }
    PyErr_Format(EXC_TYPE, "not enough arguments for format string");
    return NULL;
}

static int
incomplete(void)
{
    PyErr_Format(EXC_VALUE, "incomplete format");
    return -1;
}

/* %(key): the mapping's value for key becomes the one argument. */
static int
mapping_key(Formatter *f)
{
    if (f->dict == NULL) {
        PyErr_Format(EXC_TYPE, "format requires a mapping");
        return -1;
    }
    Py_ssize_t start = ++f->pos; /* after the ( */
    int depth = 1;
    uint32_t c;
    while (depth > 0 && next_char(f, &c))
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    if (depth > 0) {
        PyErr_Format(EXC_VALUE, "incomplete format key");
        return -1;
    }
    PyObject *key =
        PyUnicode_FromStringAndSize(f->s + start, f->pos - 1 - start);
    if (key == NULL)
        return -1;
    PyObject *value = PyObject_GetItem(f->dict, key);
    Py_DECREF(key);
    if (value == NULL)
        return -1;
    if (f->args_owned)
        Py_DECREF(f->args);
    f->args = value;
    f->args_owned = true;
    f->arglen = -1;
    f->argidx = -2;
    return 0;
}

static int
flag_of(uint32_t c)
{
    switch (c) {
    case '-':
        return F_LJUST;
    case '+':
        return F_SIGN;
    case ' ':
        return F_BLANK;
    case '#':
        return F_ALT;
    case '0':
        return F_ZERO;
    }
    return 0;
}

/* A width or precision given as *: the next argument, an int. */
static int
star_arg(Formatter *f, int64_t *value)
{
    PyObject *v = next_arg(f);
    if (v == NULL)
        return -1;
    if (!PyLong_Check(v)) {
        PyErr_Format(EXC_TYPE, "* wants int");
        return -1;
    }
    *value = PyLong_AsLong(v);
    return 0;
}

/* A number whose first digit is *c: its value, and in *c the character
   after it (false when the format ends first). */
static int
read_number(Formatter *f, uint32_t *c, int64_t max, const char *too_big,
            int64_t *value, bool *more)
{
    int64_t acc = *c - '0';
    while ((*more = next_char(f, c)) && *c >= '0' && *c <= '9') {
        int d = (int)(*c - '0');
        if (acc > (max - d) / 10) {
            PyErr_Format(EXC_VALUE, "%s", too_big);
            return -1;
        }
        acc = acc * 10 + d;
    }
    *value = acc;
    return 0;
}

static int
parse_width(Formatter *f, uint32_t *c, Conversion *conv)
{
    int64_t width;
    bool more = true;
    if (*c == '*') {
        if (star_arg(f, &width) < 0)
            return -1;
        if (width < 0) {
            conv->flags |= F_LJUST;
            /* CPython's negation wraps for the most negative int, which
               then pads nothing */
            width = width == INT64_MIN ? width : -width;
        }
        more = next_char(f, c);
    } else if (*c >= '0' && *c <= '9') {
        if (read_number(f, c, PTRDIFF_MAX, "width too big", &width, &more) < 0)
            return -1;
    } else
        return 0;
    conv->width = width;
    return more ? 0 : incomplete();
}

static int
parse_precision(Formatter *f, uint32_t *c, Conversion *conv)
{
    int64_t prec = 0;
    bool more;
    if (*c != '.')
        return 0;
    if (!next_char(f, c))
        return incomplete();
    if (*c == '*') {
        if (star_arg(f, &prec) < 0)
            return -1;
        if (prec > INT_MAX || prec < INT_MIN) {
            PyErr_Format(EXC_OVERFLOW,
                         "Python int too large to convert to C int");
            return -1;
        }
        if (prec < 0)
            prec = 0;
        more = next_char(f, c);
    } else if (*c >= '0' && *c <= '9') {
        if (read_number(f, c, INT_MAX, "precision too big", &prec, &more) < 0)
            return -1;
    } else
        more = true;
    conv->prec = (int)prec;
    return more ? 0 : incomplete();
}

static int
parse_conversion(Formatter *f, Conversion *conv)
{
    uint32_t c = 0;
    bool more;
    *conv = (Conversion){0, 0, -1, -1, false};
    if (f->pos < f->size && f->s[f->pos] == '(' && mapping_key(f) < 0)
        return -1;
    while ((more = next_char(f, &c)) && flag_of(c) != 0)
        conv->flags |= flag_of(c);
    if (!more)
        return incomplete();
    if (parse_width(f, &c, conv) < 0 || parse_precision(f, &c, conv) < 0)
        return -1;
    if ((c == 'h' || c == 'l' || c == 'L') && !next_char(f, &c))
        return incomplete(); /* %ld is %d */
    conv->type = c;
    conv->last = f->pos == f->size;
    return 0;
}

/* ---- writing one conversion (CPython's unicode_format_arg_output) ---- */

static void
write_text(_PyUnicodeWriter *w, const Body *b, size_t from, size_t to)
{
    _PyUnicodeWriter_Write(w, b->head + from, to - from);
    _PyFormat_WriteFill(w, '0', b->zeros);
    _PyUnicodeWriter_Write(w, b->tail, b->ntail);
}

/* Nothing to pad or cut: the text as it is.  CPython's writer, given
   one str as the whole result, keeps that str rather than a copy. */
static void
write_unpadded(Formatter *f, const Conversion *conv, const Body *b)
{
    if (conv->last && f->w.len == 0) {
        if (b->str != NULL && b->len > 0) {
            f->whole = Py_NewRef(b->str);
            return;
        }
        f->fresh = b->fresh;
    }
    write_text(&f->w, b, 0, b->nhead);
}

static bool
has_prefix(const Conversion *conv)
{
    return (conv->flags & F_ALT) &&
           (conv->type == 'x' || conv->type == 'X' || conv->type == 'o');
}

/* | pad | sign | 0x | zeros or pad | text | pad |, the sign and 0x
   before the padding when it is spaces. */
static void
write_body(Formatter *f, const Conversion *conv, const Body *b)
{
    Py_ssize_t len = b->len, width = conv->width;
    int flags = conv->flags;
    if ((width == -1 || width <= len) &&
        (conv->prec == -1 || conv->prec >= len) &&
        !(flags & (F_SIGN | F_BLANK))) {
        write_unpadded(f, conv, b);
        return;
    }
    _PyUnicodeWriter *w = &f->w;
    size_t nhead = b->nhead, skip = 0;
    bool text = conv->type == 's' || conv->type == 'r' || conv->type == 'a';
    if (text && conv->prec >= 0 && len > conv->prec) {
        len = conv->prec;
        nhead = (size_t)_PyFormat_CharOffset(b->head, (Py_ssize_t)nhead, len);
    }
    char fill = b->numeric && (flags & F_ZERO) ? '0' : ' ', sign = 0;
    if (b->numeric && nhead > 0 && (b->head[0] == '-' || b->head[0] == '+'))
        sign = b->head[0], len--, skip = 1;
    else if (b->numeric && (flags & F_SIGN))
        sign = '+';
    else if (b->numeric && (flags & F_BLANK))
        sign = ' ';
    if (width < len)
        width = len;
    if (sign != 0 && fill != ' ')
        _PyUnicodeWriter_Write(w, &sign, 1);
    if (sign != 0 && width > len)
        width--;
    if (has_prefix(conv)) {
        if (fill != ' ')
            _PyUnicodeWriter_Write(w, b->head + skip, 2), skip += 2;
        width = width > 2 ? width - 2 : 0;
        len -= 2;
    }
    if (width > len && !(flags & F_LJUST)) {
        _PyFormat_WriteFill(w, (uint32_t)fill, width - len);
        width = len;
    }
    if (sign != 0 && fill == ' ')
        _PyUnicodeWriter_Write(w, &sign, 1);
    if (has_prefix(conv) && fill == ' ')
        _PyUnicodeWriter_Write(w, b->head + skip, 2), skip += 2;
    write_text(w, b, skip, nhead);
    _PyFormat_WriteFill(w, ' ', width - len);
}

/* ---- the conversions ---- */

/* %s, %r and %a: str(), repr() or ascii() of the argument. */
static int
format_text(Formatter *f, const Conversion *conv, PyObject *v)
{
    if (Py_IS_TYPE(v, &PyLong_Type) && conv->width == -1 && conv->prec == -1) {
        char digits[32];
        int n = snprintf(digits, sizeof digits, "%lld",
                         (long long)PyLong_AsLong(v));
        _PyUnicodeWriter_Write(&f->w, digits, (size_t)n);
        return 0;
    }
    PyObject *str = conv->type == 's'   ? PyObject_Str(v)
                    : conv->type == 'r' ? PyObject_Repr(v)
                                        : PyObject_ASCII(v);
    if (str == NULL)
        return -1;
    Body b = {PyUnicode_AsUTF8(str),
              (size_t)Py_SIZE(str),
              0,
              "",
              0,
              PyUnicode_GetLength(str),
              str,
              false,
              false};
    write_body(f, conv, &b);
    Py_DECREF(str);
    return 0;
}

/* %d, %i, %u, %o, %x, %X: digits, at least precision of them, after the
   sign and (with #) 0o, 0x or 0X. */
static int
format_int(Formatter *f, const Conversion *conv, PyObject *v)
{
    char type = (char)conv->type;
    if (!PyLong_Check(v)) {
        bool octal_hex = type == 'o' || type == 'x' || type == 'X';
        PyErr_Format(EXC_TYPE, "%%%c format: %s is required, not %.200s", type,
                     octal_hex ? "an integer" : "a real number",
                     Py_TYPE(v)->tp_name);
        return -1;
    }
    /* CPython writes an int at once, without the steps that make its
       str() first; %X and a bool always take those steps */
    bool at_once = Py_IS_TYPE(v, &PyLong_Type) && conv->width == -1 &&
                   conv->prec == -1 && !(conv->flags & (F_SIGN | F_BLANK)) &&
                   type != 'X';
    if (!at_once && conv->prec > INT_MAX - 3) {
        PyErr_Format(EXC_OVERFLOW, "precision too large");
        return -1;
    }
    int base = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
    int64_t n = PyLong_AsLong(v);
    char digits[72], head[3];
    int ndigits = _PyFormat_IntDigits(n < 0 ? -(uint64_t)n : (uint64_t)n, base,
                                      type == 'X', digits);
    size_t nhead = 0;
    if (n < 0)
        head[nhead++] = '-';
    if ((conv->flags & F_ALT) && base != 10)
        head[nhead++] = '0', head[nhead++] = type;
    Py_ssize_t zeros = conv->prec > ndigits ? conv->prec - ndigits : 0;
    Body b = {head,
              nhead,
              zeros,
              digits,
              (size_t)ndigits,
              (Py_ssize_t)nhead + zeros + ndigits,
              NULL,
              true,
              !at_once && base == 10};
    write_body(f, conv, &b);
    return 0;
}

/* Round the digits d[0..*n) of a whole number to keep significant ones,
   half to even, as a correctly rounded float formatting does: *n of
   them stay (at most keep), and the result is the exponent of the
   first. */
static int
round_digits(char *d, int *n, int64_t keep)
{
    int exponent = *n - 1;
    if (keep >= *n)
        return exponent;
    int k = (int)keep;
    bool up = d[k] > '5';
    if (d[k] == '5') {
        up = (d[k - 1] - '0') % 2 == 1;
        for (int i = k + 1; i < *n; i++)
            up = up || d[i] != '0';
    }
    *n = k;
    int i = k - 1;
    for (; up && i >= 0 && d[i] == '9'; i--)
        d[i] = '0';
    if (up && i < 0)
        d[0] = '1', exponent++;
    else if (up)
        d[i]++;
    return exponent;
}

/* d.ddd, its first digit, a point if more follow (or with #), the rest. */
static size_t
mantissa(char *out, const char *d, int n, bool point)
{
    out[0] = d[0];
    size_t len = 1;
    if (n > 1 || point)
        out[len++] = '.';
    memcpy(out + len, d + 1, (size_t)(n - 1));
    return len + (size_t)(n - 1);
}

/* %e, %f, %g and their capitals of an int (Python/pystrtod.c's rules for
   the float it converts to). */
static int
format_float(Formatter *f, const Conversion *conv, PyObject *v)
{
    if (!PyLong_Check(v)) {
        PyErr_Format(EXC_TYPE, "must be real number, not %.50s",
                     Py_TYPE(v)->tp_name);
        return -1;
    }
    int64_t n = PyLong_AsLong(v);
    uint64_t magnitude = n < 0 ? -(uint64_t)n : (uint64_t)n;
    magnitude = (uint64_t)(double)magnitude; /* past 2**53, rounded */
    char d[72], head[64], tail[8] = "";
    int nd = _PyFormat_IntDigits(magnitude, 10, false, d), exponent = 0;
    int64_t prec = conv->prec < 0 ? 6 : conv->prec;
    bool alt = conv->flags & F_ALT, exp_form = false;
    char type = (char)(conv->type | 0x20);
    char e = conv->type == (uint32_t)type ? 'e' : 'E';
    size_t nhead = n < 0;
    Py_ssize_t zeros = 0;
    head[0] = '-';
    if (type == 'f') {
        memcpy(head + nhead, d, (size_t)nd);
        nhead += (size_t)nd;
        if (prec > 0 || alt)
            head[nhead++] = '.';
        zeros = prec;
    } else if (type == 'e') {
        if (prec == INT_MAX) /* CPython's precision + 1 wraps around to */
            prec = 0;        /* one digit here */
        exponent = round_digits(d, &nd, prec + 1);
        nhead += mantissa(head + nhead, d, nd, prec > 0 || alt);
        zeros = prec + 1 - nd, exp_form = true;
    } else { /* g: exponent form past precision digits, and no zeros */
        int64_t digits = prec == 0 ? 1 : prec;
        exponent = round_digits(d, &nd, digits);
        exp_form = exponent >= digits;
        while (exp_form && !alt && nd > 1 && d[nd - 1] == '0')
            nd--;
        if (exp_form) {
            nhead += mantissa(head + nhead, d, nd, alt);
            zeros = alt ? digits - nd : 0;
        } else {
            memcpy(head + nhead, d, (size_t)nd);
            nhead += (size_t)nd;
            if (alt)
                head[nhead++] = '.', zeros = digits - 1 - exponent;
        }
    }
    if (exp_form)
        snprintf(tail, sizeof tail, "%c+%02d", e, exponent);
    Body b = {head, nhead,        zeros,
              tail, strlen(tail), (Py_ssize_t)(nhead + strlen(tail)) + zeros,
              NULL, true,         false};
    write_body(f, conv, &b);
    return 0;
}

/* %c: an int's character, or a str of one character. */
static int
format_char(Formatter *f, const Conversion *conv, PyObject *v)
{
    uint32_t code = 0;
    if (PyUnicode_Check(v) && PyUnicode_GetLength(v) == 1)
        utf8_decode(PyUnicode_AsUTF8(v), Py_SIZE(v), &code);
    else if (PyLong_Check(v)) {
        int64_t n = PyLong_AsLong(v);
        if (_PyFormat_CheckCodePoint(n) < 0)
            return -1;
        code = (uint32_t)n;
    } else {
        PyErr_Format(EXC_TYPE, "%%c requires int or char");
        return -1;
    }
    char utf8[4];
    Body b = {utf8, (size_t)utf8_encode(code, utf8), 0, "", 0, 1, NULL, false,
              false};
    write_body(f, conv, &b);
    return 0;
}

static int
unsupported(Formatter *f, uint32_t type)
{
    Py_ssize_t index = -1; /* of the type, in characters */
    for (Py_ssize_t i = 0; i < f->pos; i++)
        index += ((unsigned char)f->s[i] & 0xC0) != 0x80;
    PyErr_Format(
        EXC_VALUE, "unsupported format character '%c' (0x%x) at index %zd",
        type >= 31 && type <= 126 ? (char)type : '?', (unsigned)type, index);
    return -1;
}

static int
format_conversion(Formatter *f, const Conversion *conv)
{
    PyObject *v = next_arg(f);
    if (v == NULL)
        return -1;
    switch (conv->type) {
    case 's':
    case 'r':
    case 'a':
        return format_text(f, conv, v);
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
        return format_int(f, conv, v);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
        return format_float(f, conv, v);
    case 'c':
        return format_char(f, conv, v);
    }
    return unsupported(f, conv->type);
}

/* ---- the format, piece by piece ---- */

/* Text up to the next %.  The format with no % at all is the result
   itself, as CPython's writer keeps it. */
static void
write_literal(Formatter *f)
{
    Py_ssize_t start = f->pos;
    const char *end = memchr(f->s + start, '%', (size_t)(f->size - start));
    f->pos = end != NULL ? end - f->s : f->size;
    if (start == 0 && f->pos == f->size)
        f->whole = Py_NewRef(f->format);
    else
        _PyUnicodeWriter_Write(&f->w, f->s + start, (size_t)(f->pos - start));
}

static int
write_conversion(Formatter *f)
{
    Conversion conv;
    f->pos++; /* the % */
    if (f->pos < f->size && f->s[f->pos] == '%') {
        f->pos++;
        _PyUnicodeWriter_Write(&f->w, "%", 1);
        return 0;
    }
    if (parse_conversion(f, &conv) < 0)
        return -1;
    return format_conversion(f, &conv);
}

static PyObject *
finish(Formatter *f)
{
    PyObject *result = f->whole;
    f->whole = NULL;
    if (result == NULL && !f->fresh)
        return _PyUnicodeWriter_Finish(&f->w);
    if (result == NULL)
        result = _PyUnicode_NewCopy(f->w.data, (Py_ssize_t)f->w.len);
    _PyUnicodeWriter_Dealloc(&f->w);
    return result;
}

PyObject *
PyUnicode_Format(PyObject *format, PyObject *args)
{
    Formatter f = {.format = format,
                   .s = PyUnicode_AsUTF8(format),
                   .size = Py_SIZE(format),
                   .args = args};
    bool tuple = PyTuple_Check(args);
    f.arglen = tuple ? Py_SIZE(args) : -1;
    f.argidx = tuple ? 0 : -2;
    if (!tuple && !PyUnicode_Check(args) && Py_TYPE(args)->tp_getitem != NULL)
        f.dict = args; /* CPython's PyMapping_Check */
    PyObject *result = NULL;
    while (f.pos < f.size) {
        if (f.s[f.pos] != '%')
            write_literal(&f);
        else if (write_conversion(&f) < 0)
            goto done;
        if (f.w.failed) {
            PyErr_NoMemory();
            goto done;
        }
    }
    if (f.argidx < f.arglen && f.dict == NULL)
        PyErr_Format(EXC_TYPE,
                     "not all arguments converted during string formatting");
    else
        result = finish(&f);
done:
    if (result == NULL)
        _PyUnicodeWriter_Dealloc(&f.w);
    Py_XDECREF(f.whole);
    if (f.args_owned)
        Py_DECREF(f.args);
    return result;
}
