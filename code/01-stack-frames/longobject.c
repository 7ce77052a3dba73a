/* int: 64-bit integers with Python's arithmetic. */
#include "longobject.h"

#include "format.h"

#include "errors.h"
#include "methodobject.h"
#include "tupleobject.h"
#include "unicodeobject.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

int64_t
PyLong_AsLong(PyObject *op)
{
    return ((PyLongObject *)op)->ob_ival;
}

int
_PyLong_AsIndex(PyObject *arg, int64_t *value)
{
    if (PyLong_Check(arg)) {
        *value = PyLong_AsLong(arg);
        return 0;
    }
    PyErr_Format(EXC_TYPE, "'%s' object cannot be interpreted as an integer",
                 Py_TYPE(arg)->tp_name);
    return -1;
}

static void
long_dealloc(PyObject *op)
{
    PyObject_Del(op);
}

static PyObject *
long_repr(PyObject *op)
{
    char text[24];
    int n = snprintf(text, sizeof text, "%" PRId64, PyLong_AsLong(op));
    return _PyUnicode_NewCopy(text, n); /* str(5) is not the cached '5' */
}

/* An int hashes to itself modulo the prime 2**61 - 1, its sign kept, as
   in CPython (_PyHASH_MODULUS, Include/cpython/pyhash.h, 3.13), so
   hash(2**61) is 1. */
#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

static Py_hash_t
long_hash(PyObject *op)
{
    int64_t v = PyLong_AsLong(op);
    uint64_t magnitude = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    Py_hash_t hash = (Py_hash_t)(magnitude % HASH_MODULUS);
    if (v < 0)
        hash = -hash;
    return hash == -1 ? -2 : hash; /* -1 means "error" to callers */
}

static PyObject *
long_richcompare(PyObject *v, PyObject *w, int op)
{
    if (!PyLong_Check(v) || !PyLong_Check(w))
        return Py_NotImplemented;
    int64_t a = PyLong_AsLong(v), b = PyLong_AsLong(w);
    bool result = false;
    switch (op) {
    case Py_LT:
        result = a < b;
        break;
    case Py_LE:
        result = a <= b;
        break;
    case Py_EQ:
        result = a == b;
        break;
    case Py_NE:
        result = a != b;
        break;
    case Py_GT:
        result = a > b;
        break;
    case Py_GE:
        result = a >= b;
        break;
    }
    return PyBool_FromLong(result);
}

static int
long_bool(PyObject *op)
{
    return PyLong_AsLong(op) != 0;
}

static PyObject *
overflow(const char *op)
{
    PyErr_Format(EXC_OVERFLOW,
                 "result of %s does not fit in 64 bits (minipy ints are "
                 "64-bit; CPython's are unbounded)",
                 op);
    return NULL;
}

/* The binary operators apply when both operands are ints (or bools);
   otherwise NotImplemented lets the other operand's type try. */
#define BOTH_INTS(v, w)                                                        \
    if (!PyLong_Check(v) || !PyLong_Check(w))                                  \
        return Py_NotImplemented;                                              \
    int64_t a = PyLong_AsLong(v), b = PyLong_AsLong(w), r;

static PyObject *
long_add(PyObject *v, PyObject *w)
{
    BOTH_INTS(v, w);
    if (__builtin_add_overflow(a, b, &r))
        return overflow("+");
    return PyLong_FromLong(r);
}

static PyObject *
long_sub(PyObject *v, PyObject *w)
{
    BOTH_INTS(v, w);
    if (__builtin_sub_overflow(a, b, &r))
        return overflow("-");
    return PyLong_FromLong(r);
}

static PyObject *
long_mul(PyObject *v, PyObject *w)
{
    BOTH_INTS(v, w);
    if (__builtin_mul_overflow(a, b, &r))
        return overflow("*");
    return PyLong_FromLong(r);
}

/* Python rounds the quotient down (towards minus infinity), and the
   remainder takes the sign of the divisor; C truncates towards zero. */
static int
floor_divmod(int64_t a, int64_t b, int64_t *q, int64_t *m)
{
    if (b == 0) {
        PyErr_Format(EXC_ZERO_DIVISION, "integer division or modulo by zero");
        return -1;
    }
    if (a == INT64_MIN && b == -1) {
        overflow("//");
        return -1;
    }
    *q = a / b;
    *m = a % b;
    if (*m != 0 && ((*m < 0) != (b < 0))) {
        *q -= 1;
        *m += b;
    }
    return 0;
}

static PyObject *
long_floordiv(PyObject *v, PyObject *w)
{
    BOTH_INTS(v, w);
    int64_t m;
    if (floor_divmod(a, b, &r, &m) < 0)
        return NULL;
    return PyLong_FromLong(r);
}

static PyObject *
long_mod(PyObject *v, PyObject *w)
{
    BOTH_INTS(v, w);
    int64_t q;
    if (b == 0) { /* worded apart from //, as in CPython 3.11-3.13 */
        PyErr_Format(EXC_ZERO_DIVISION, "integer modulo by zero");
        return NULL;
    }
    if (b == -1) /* INT64_MIN % -1 is 0, though INT64_MIN // -1 overflows */
        return PyLong_FromLong(0);
    if (floor_divmod(a, b, &q, &r) < 0)
        return NULL;
    return PyLong_FromLong(r);
}

/* divmod(a, b): the tuple (a // b, a % b). */
static PyObject *
long_divmod(PyObject *v, PyObject *w)
{
    BOTH_INTS(v, w);
    int64_t m;
    if (floor_divmod(a, b, &r, &m) < 0)
        return NULL;
    PyObject *q = PyLong_FromLong(r), *rem = q ? PyLong_FromLong(m) : NULL;
    PyObject *pair = rem ? PyTuple_New(2) : NULL;
    if (pair == NULL) {
        Py_XDECREF(q);
        Py_XDECREF(rem);
        return NULL;
    }
    PyTuple_SET_ITEM(pair, 0, q);
    PyTuple_SET_ITEM(pair, 1, rem);
    return pair;
}

/* a ** b by squaring.  A negative b makes a float in Python, which
   minipy does not have; 0 to a negative power is CPython's float error. */
static PyObject *
long_pow(PyObject *v, PyObject *w)
{
    BOTH_INTS(v, w);
    if (b < 0 && a == 0) {
        PyErr_Format(EXC_ZERO_DIVISION,
                     "0.0 cannot be raised to a negative power");
        return NULL;
    }
    if (b < 0) {
        PyErr_Format(EXC_NOT_IMPLEMENTED,
                     "minipy has no floats or complex numbers, only ints (an "
                     "int to a negative power is a float)");
        return NULL;
    }
    for (r = 1; b > 0; b >>= 1) {
        if ((b & 1) && __builtin_mul_overflow(r, a, &r))
            return overflow("**");
        if (b > 1 && __builtin_mul_overflow(a, a, &a))
            return overflow("**");
    }
    return PyLong_FromLong(r);
}

static int
shift_count(int64_t b)
{
    if (b >= 0)
        return 0;
    PyErr_Format(EXC_VALUE, "negative shift count");
    return -1;
}

static PyObject *
long_lshift(PyObject *v, PyObject *w)
{
    BOTH_INTS(v, w);
    if (shift_count(b) < 0)
        return NULL;
    if (a == 0)
        return PyLong_FromLong(0);
    /* a << b fits when a lies within INT64_MIN >> b and INT64_MAX >> b */
    if (b >= 64 || a > (INT64_MAX >> b) || a < -(INT64_MAX >> b) - 1)
        return overflow("<<");
    r = (int64_t)((uint64_t)a << b);
    return PyLong_FromLong(r);
}

/* Rounds towards minus infinity, as Python does: -5 >> 1 is -3. */
static PyObject *
long_rshift(PyObject *v, PyObject *w)
{
    BOTH_INTS(v, w);
    if (shift_count(b) < 0)
        return NULL;
    if (b >= 64)
        return PyLong_FromLong(a < 0 ? -1 : 0);
    r = a < 0 ? ~(~a >> b) : a >> b;
    return PyLong_FromLong(r);
}

static PyObject *
long_and(PyObject *v, PyObject *w)
{
    BOTH_INTS(v, w);
    (void)r;
    return PyLong_FromLong(a & b);
}

static PyObject *
long_xor(PyObject *v, PyObject *w)
{
    BOTH_INTS(v, w);
    (void)r;
    return PyLong_FromLong(a ^ b);
}

static PyObject *
long_or(PyObject *v, PyObject *w)
{
    BOTH_INTS(v, w);
    (void)r;
    return PyLong_FromLong(a | b);
}

static PyObject *
long_invert(PyObject *v)
{
    return PyLong_FromLong(~PyLong_AsLong(v));
}

static PyObject *
long_neg(PyObject *v)
{
    int64_t a = PyLong_AsLong(v);
    if (a == INT64_MIN)
        return overflow("unary -");
    return PyLong_FromLong(-a);
}

static PyObject *
long_pos(PyObject *v)
{
    if (Py_IS_TYPE(v, &PyLong_Type))
        return Py_NewRef(v);
    return PyLong_FromLong(PyLong_AsLong(v));
}

static PyObject *
long_abs(PyObject *v)
{
    int64_t a = PyLong_AsLong(v);
    if (a == INT64_MIN)
        return overflow("abs()");
    return a < 0 ? PyLong_FromLong(-a) : long_pos(v);
}

/* hex(), oct() and bin(): the digits in base 16, 8 or 2 after a prefix,
   the sign in front (CPython's _PyLong_Format). */
PyObject *
_PyLong_Format(PyObject *op, int base)
{
    static const char digits[] = "0123456789abcdef";
    int64_t v = PyLong_AsLong(op);
    uint64_t magnitude = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    char text[70], *p = text + sizeof text;
    *--p = '\0';
    do {
        *--p = digits[magnitude % (uint64_t)base];
        magnitude /= (uint64_t)base;
    } while (magnitude != 0);
    *--p = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
    *--p = '0';
    if (v < 0)
        *--p = '-';
    return PyUnicode_FromString(p);
}

/* int(s, base): CPython's PyLong_FromString (Objects/longobject.c,
   3.13).  Spaces around, a sign, then digits of the base, with single
   underscores between them; base 0 reads a 0x, 0o or 0b prefix as
   Python source does (and refuses other leading zeros), and bases 16,
   8 and 2 accept their prefix.  Too many decimal digits is CPython's
   ValueError (sys.get_int_max_str_digits(), 4300) before it is ours
   for not fitting in 64 bits. */
enum { INT_MAX_STR_DIGITS = 4300 };

static int
digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static PyObject *
invalid_literal(PyObject *str, int base)
{
    /* CPython's %.200R: the repr, cut after 200 characters. */
    PyObject *r = PyObject_Repr(str);
    if (r == NULL)
        return NULL;
    const char *text = PyUnicode_AsUTF8(r);
    Py_ssize_t size = (Py_ssize_t)strlen(text), at = 0;
    for (int n = 0; n < 200 && at < size; n++) {
        uint32_t code;
        at += utf8_decode(text + at, size - at, &code);
    }
    PyErr_Format(EXC_VALUE, "invalid literal for int() with base %d: %.*s",
                 base, (int)at, text);
    Py_DECREF(r);
    return NULL;
}

/* The base a prefix names, or 0 if p has none. */
static int
prefix_base(const char *p)
{
    if (p[0] != '0')
        return 0;
    switch (p[1]) {
    case 'x':
    case 'X':
        return 16;
    case 'o':
    case 'O':
        return 8;
    case 'b':
    case 'B':
        return 2;
    default:
        return 0;
    }
}

static PyObject *
parse_int(PyObject *str, int base)
{
    const char *text = PyUnicode_AsUTF8(str), *p = text;
    if (text == NULL)
        return NULL;
    while (isspace((unsigned char)*p))
        p++;
    bool negative = *p == '-';
    if (*p == '-' || *p == '+')
        p++;
    int given = base, named = prefix_base(p);
    bool prefixed = named != 0 && (base == 0 || base == named);
    if (prefixed) {
        base = named;
        p += 2;
    } else if (base == 0) {
        base = 10;
    }
    /* Base 0 without a prefix: "0", "00" and "0_0" only, if it starts
       with a zero. */
    bool zeros_only = given == 0 && !prefixed && *p == '0';
    uint64_t magnitude = 0,
             limit = negative ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    bool digits = false, too_big = false, underscore_ok = prefixed;
    size_t ndigits = 0;
    for (; *p != '\0'; p++) {
        if (*p == '_') {
            if (!underscore_ok)
                return invalid_literal(str, given);
            underscore_ok = false;
            continue;
        }
        unsigned d = (unsigned)digit_value(*p);
        if (d >= (unsigned)base)
            break;
        if (zeros_only && d != 0)
            return invalid_literal(str, given);
        digits = true;
        underscore_ok = true;
        ndigits++;
        if (magnitude > (limit - d) / (unsigned)base)
            too_big = true;
        else
            magnitude = magnitude * (unsigned)base + d;
    }
    bool trailing_underscore = p > text && p[-1] == '_';
    while (isspace((unsigned char)*p))
        p++;
    if (!digits || *p != '\0' || trailing_underscore)
        return invalid_literal(str, given);
    if ((base & (base - 1)) != 0 && ndigits > INT_MAX_STR_DIGITS) {
        PyErr_Format(EXC_VALUE,
                     "Exceeds the limit (%d digits) for integer string "
                     "conversion: value has %zu digits; use "
                     "sys.set_int_max_str_digits() to increase the limit",
                     INT_MAX_STR_DIGITS, ndigits);
        return NULL;
    }
    if (too_big)
        return overflow("int()");
    return PyLong_FromLong(negative ? (int64_t)(0 - magnitude)
                                    : (int64_t)magnitude);
}

static PyObject *
long_new(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs)
{
    (void)type;
    if (nargs == 0)
        return PyLong_FromLong(0);
    if (nargs > 2) {
        PyErr_Format(EXC_TYPE, "int expected at most 2 arguments, got %zd",
                     nargs);
        return NULL;
    }
    PyObject *x = args[0];
    if (nargs == 2) {
        if (!PyLong_Check(args[1])) {
            PyErr_Format(EXC_TYPE,
                         "'%s' object cannot be interpreted as an integer",
                         Py_TYPE(args[1])->tp_name);
            return NULL;
        }
        int64_t base = PyLong_AsLong(args[1]);
        if (base != 0 && (base < 2 || base > 36)) {
            PyErr_Format(EXC_VALUE, "int() base must be >= 2 and <= 36, or 0");
            return NULL;
        }
        if (!PyUnicode_Check(x)) {
            PyErr_Format(EXC_TYPE,
                         "int() can't convert non-string with explicit base");
            return NULL;
        }
        return parse_int(x, (int)base);
    }
    if (PyLong_Check(x))
        return long_pos(x);
    if (PyUnicode_Check(x))
        return parse_int(x, 10);
    PyErr_Format(EXC_TYPE,
                 "int() argument must be a string, a bytes-like object or a "
                 "real number, not '%s'",
                 Py_TYPE(x)->tp_name);
    return NULL;
}

/* int(x, base=10): x is positional-only, base may be named.  A type
   that inherits this (bool) is made by its own tp_new. */
static PyObject *
long_vectorcall(PyObject *type, PyObject *const *args, Py_ssize_t nargs,
                PyObject *kwnames)
{
    PyTypeObject *t = (PyTypeObject *)type;
    if (kwnames == NULL || t != &PyLong_Type) {
        if (kwnames != NULL) {
            PyErr_Format(EXC_TYPE, "%s() takes no keyword arguments",
                         t->tp_name);
            return NULL;
        }
        return t->tp_new(t, args, nargs);
    }
    static const char *const names[] = {"", "base", NULL};
    PyObject *values[2] = {nargs > 0 ? args[0] : NULL,
                           nargs > 1 ? args[1] : NULL};
    Py_ssize_t given = nargs + _PyArg_KeywordCount(kwnames);
    if (given > 2) {
        PyErr_Format(EXC_TYPE, "int expected at most 2 arguments, got %zd",
                     given);
        return NULL;
    }
    if (_PyArg_KeywordsAt("int", kwnames, args + nargs, names, values, nargs,
                          0) < 0)
        return NULL;
    if (values[0] == NULL) {
        if (values[1] == NULL)
            return PyLong_FromLong(0);
        PyErr_Format(EXC_TYPE, "int() missing string argument");
        return NULL;
    }
    return long_new(t, values, values[1] != NULL ? 2 : 1);
}

/* int.bit_length(): the bits of its magnitude; bit_count(): its ones. */
static PyObject *
long_bit_length(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    int64_t v = PyLong_AsLong(self);
    uint64_t magnitude = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    int bits = 0;
    for (; magnitude != 0; magnitude >>= 1)
        bits++;
    return PyLong_FromLong(bits);
}

static PyObject *
long_bit_count(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
               PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    int64_t v = PyLong_AsLong(self);
    uint64_t magnitude = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    int ones = 0;
    for (; magnitude != 0; magnitude &= magnitude - 1)
        ones++;
    return PyLong_FromLong(ones);
}

/* The int itself, exactly an int (a bool gives its int value): what
   real, numerator and conjugate() give (long_long in CPython's
   Objects/longobject.c, 3.13). */
static PyObject *
long_long(PyObject *self)
{
    return Py_IS_TYPE(self, &PyLong_Type)
               ? Py_NewRef(self)
               : PyLong_FromLong(PyLong_AsLong(self));
}

static PyObject *
long_conjugate(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
               PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return long_long(self);
}

/* (self, 1): the int as a fraction. */
static PyObject *
long_as_integer_ratio(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                      PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    PyObject *pair[2] = {long_long(self), PyLong_FromLong(1)};
    PyObject *tuple = pair[0] && pair[1] ? _PyTuple_FromArray(pair, 2) : NULL;
    Py_XDECREF(pair[0]);
    Py_XDECREF(pair[1]);
    return tuple;
}

static PyObject *
long_is_integer(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                PyObject *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    Py_RETURN_TRUE;
}

/* The numbers-tower attributes of an int: real and numerator are the
   int, imag 0, denominator 1 (getset descriptors in CPython). */
static PyObject *
long_getattro(PyObject *self, PyObject *name)
{
    if (_PyUnicode_EqualToASCII(name, "real") ||
        _PyUnicode_EqualToASCII(name, "numerator"))
        return long_long(self);
    if (_PyUnicode_EqualToASCII(name, "imag"))
        return PyLong_FromLong(0);
    if (_PyUnicode_EqualToASCII(name, "denominator"))
        return PyLong_FromLong(1);
    return PyObject_GenericGetAttr(self, name);
}

/* CPython 3.13 keeps an int's magnitude in 30-bit digits (PyLong_SHIFT,
   Include/cpython/longintrepr.h): how many this value needs. */
int
_PyLong_CPythonDigits(PyObject *op)
{
    int64_t v = PyLong_AsLong(op);
    uint64_t magnitude = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    int digits = 0;
    for (; magnitude != 0; magnitude >>= 30)
        digits++;
    return digits;
}

/* int.__sizeof__ (int___sizeof___impl, Objects/longobject.c, 3.13): a
   24-byte header, then 4 bytes a digit, one at least (0 has one). */
static PyObject *
long_sizeof(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    int digits = _PyLong_CPythonDigits(self);
    return PyLong_FromLong(24 + 4 * (digits > 0 ? digits : 1));
}

static PyMethodDef long_methods[] = {
    {"bit_length", long_bit_length, 0, 0, false},
    {"bit_count", long_bit_count, 0, 0, false},
    {"conjugate", long_conjugate, 0, 0, false},
    {"as_integer_ratio", long_as_integer_ratio, 0, 0, false},
    {"is_integer", long_is_integer, 0, 0, false},
    {"__format__", _PyLong_FormatMethod, 1, 1, false},
    {"__sizeof__", long_sizeof, 0, 0, false},
    {NULL, NULL, 0, 0, false},
};

PyTypeObject PyLong_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "int",
    .tp_basicsize = sizeof(PyLongObject),
    .tp_dealloc = long_dealloc,
    .tp_repr = long_repr,
    .tp_hash = long_hash,
    .tp_richcompare = long_richcompare,
    .tp_bool = long_bool,
    .nb_add = long_add,
    .nb_subtract = long_sub,
    .nb_multiply = long_mul,
    .nb_floor_divide = long_floordiv,
    .nb_remainder = long_mod,
    .nb_divmod = long_divmod,
    .nb_power = long_pow,
    .nb_lshift = long_lshift,
    .nb_rshift = long_rshift,
    .nb_and = long_and,
    .nb_xor = long_xor,
    .nb_or = long_or,
    .nb_negative = long_neg,
    .nb_positive = long_pos,
    .nb_absolute = long_abs,
    .nb_invert = long_invert,
    .tp_new = long_new,
    .tp_vectorcall = long_vectorcall,
    .tp_getattro = long_getattro,
    .tp_methods = long_methods,
    .tp_base = &PyBaseObject_Type,
};
