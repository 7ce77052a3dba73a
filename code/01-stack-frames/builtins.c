/* The builtins: the functions and types every script can name. */
#include "builtins.h"

#include "suggestions.h"

#include "abstract.h"
#include "classobject.h"
#include "dictobject.h"
#include "errors.h"
#include "format.h"
#include "funcobject.h"
#include "enumobject.h"
#include "eval.h"
#include "exceptions.h"
#include "interp.h"
#include "iterobject.h"
#include "listobject.h"
#include "longobject.h"
#include "methodobject.h"
#include "pymem.h"
#include "rangeobject.h"
#include "tupleobject.h"
#include "unicodeobject.h"

#include <stdio.h>
#include <string.h>

/* print(*objects, sep=' ', end='\n', flush=False) */
static PyObject *
builtin_print(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
              PyObject *kwnames)
{
    (void)self;
    const char *sep = " ", *end = "\n";
    bool flush = false;
    for (Py_ssize_t k = 0; kwnames && k < Py_SIZE(kwnames); k++) {
        PyObject *kw = PyTuple_GET_ITEM(kwnames, k), *value = args[nargs + k];
        bool is_sep = _PyUnicode_EqualToASCII(kw, "sep");
        if (_PyUnicode_EqualToASCII(kw, "file") && value == Py_None)
            continue; /* standard output, as without it */
        if (_PyUnicode_EqualToASCII(kw, "file")) {
            PyErr_Format(EXC_NOT_IMPLEMENTED,
                         "minipy's print() writes to standard output only");
            return NULL;
        }
        if (!is_sep && !_PyUnicode_EqualToASCII(kw, "end") &&
            !_PyUnicode_EqualToASCII(kw, "flush")) {
            static const char *const names[] = {"sep", "end", "file", "flush"};
            _PyErr_UnexpectedKeyword("print", PyUnicode_AsUTF8(kw), names, 4);
            return NULL;
        }
        if (_PyUnicode_EqualToASCII(kw, "flush")) {
            flush = PyObject_IsTrue(value) > 0;
            continue;
        }
        if (value != Py_None && !PyUnicode_Check(value)) {
            PyErr_Format(EXC_TYPE, "%s must be None or a string, not %s",
                         is_sep ? "sep" : "end", Py_TYPE(value)->tp_name);
            return NULL;
        }
        if (value != Py_None)
            *(is_sep ? &sep : &end) = PyUnicode_AsUTF8(value);
    }
    for (Py_ssize_t i = 0; i < nargs; i++) {
        PyObject *text = PyObject_Str(args[i]);
        if (text == NULL)
            return NULL;
        if (i > 0)
            fputs(sep, stdout);
        fwrite(PyUnicode_AsUTF8(text), 1, (size_t)Py_SIZE(text), stdout);
        Py_DECREF(text);
    }
    fputs(end, stdout);
    if (flush)
        fflush(stdout);
    Py_RETURN_NONE;
}

/* id(x) is the object's address: where it lives in the heap. */
static PyObject *
builtin_id(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
           PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return PyLong_FromLong((int64_t)(intptr_t)args[0]);
}

static PyObject *
builtin_len(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    Py_ssize_t n = PyObject_Length(args[0]);
    return n < 0 ? NULL : PyLong_FromLong(n);
}

static PyObject *
builtin_repr(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
             PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return PyObject_Repr(args[0]);
}

static int
is_instance(PyObject *obj, PyObject *cls)
{
    if (PyTuple_Check(cls)) {
        for (Py_ssize_t i = 0; i < Py_SIZE(cls); i++) {
            int found = is_instance(obj, PyTuple_GET_ITEM(cls, i));
            if (found != 0)
                return found;
        }
        return 0;
    }
    if (!PyType_Check(cls)) {
        PyErr_Format(EXC_TYPE, "isinstance() arg 2 must be a type, a tuple "
                               "of types, or a union");
        return -1;
    }
    return PyType_IsSubtype(Py_TYPE(obj), (PyTypeObject *)cls);
}

static PyObject *
builtin_isinstance(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                   PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    int found = is_instance(args[0], args[1]);
    return found < 0 ? NULL : PyBool_FromLong(found);
}

/* globals() and locals() see the frame that called them. */
static PyObject *
builtin_globals(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                PyObject *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return Py_NewRef(interp.frame->globals);
}

static PyObject *
builtin_locals(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
               PyObject *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return _PyFrame_LocalsToDict(interp.frame);
}

static PyObject *
builtin_abs(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return PyNumber_Absolute(args[0]);
}

static PyObject *
builtin_divmod(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
               PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return PyNumber_Divmod(args[0], args[1]);
}

/* min() and max(): of an iterable, or of several arguments. */
static PyObject *
min_max(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames, int op)
{
    static const char *const names[] = {"key", "default", NULL};
    const char *name = op == Py_LT ? "min" : "max";
    PyObject *kw[2] = {NULL, NULL};
    if (nargs == 0) {
        PyErr_Format(EXC_TYPE, "%s expected at least 1 argument, got 0", name);
        return NULL;
    }
    if (_PyArg_Keywords(name, kwnames, args + nargs, names, kw) < 0)
        return NULL;
    if (kw[1] != NULL && nargs > 1) {
        PyErr_Format(EXC_TYPE,
                     "Cannot specify a default for %s() with multiple "
                     "positional arguments",
                     name);
        return NULL;
    }
    PyObject *key = kw[0] == Py_None ? NULL : kw[0];
    PyObject *items = nargs > 1 ? _PyTuple_FromArray(args, nargs) : args[0];
    PyObject *iter = items ? PyObject_GetIter(items) : NULL;
    if (nargs > 1)
        Py_XDECREF(items);
    if (iter == NULL)
        return NULL;
    PyObject *best = NULL, *best_key = NULL, *item;
    while ((item = PyIter_Next(iter)) != NULL) {
        PyObject *k =
            key ? PyObject_Call(key, &item, 1, NULL) : Py_NewRef(item);
        int better = k == NULL      ? -1
                     : best == NULL ? 1
                                    : PyObject_RichCompareBool(k, best_key, op);
        if (better > 0) {
            Py_SETREF(best, item);
            Py_SETREF(best_key, k);
            continue;
        }
        Py_DECREF(item);
        Py_XDECREF(k);
        if (better < 0)
            break;
    }
    Py_DECREF(iter);
    Py_XDECREF(best_key);
    if (PyErr_Occurred()) {
        Py_XDECREF(best);
        return NULL;
    }
    if (best == NULL && kw[1] != NULL)
        return Py_NewRef(kw[1]);
    if (best == NULL)
        PyErr_Format(EXC_VALUE, "%s() iterable argument is empty", name);
    return best;
}

static PyObject *
builtin_min(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)self;
    return min_max(args, nargs, kwnames, Py_LT);
}

static PyObject *
builtin_max(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)self;
    return min_max(args, nargs, kwnames, Py_GT);
}

/* sum(iterable, /, start=0): start + each item in turn. */
static PyObject *
builtin_sum(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"start", NULL};
    Py_ssize_t given = nargs + _PyArg_KeywordCount(kwnames);
    PyObject *start = nargs > 1 ? args[1] : NULL;
    if (nargs < 1 || given > 2) {
        PyErr_Format(EXC_TYPE,
                     nargs < 1 ? "sum() takes at least 1 positional argument "
                                 "(%zd given)"
                               : "sum() takes at most 2 arguments (%zd given)",
                     nargs < 1 ? nargs : given);
        return NULL;
    }
    if (_PyArg_Keywords("sum", kwnames, args + nargs, names, &start) < 0)
        return NULL;
    if (start != NULL && PyUnicode_Check(start)) {
        PyErr_Format(EXC_TYPE, "sum() can't sum strings [use ''.join(seq) "
                               "instead]");
        return NULL;
    }
    PyObject *iter = PyObject_GetIter(args[0]), *item;
    if (iter == NULL)
        return NULL;
    PyObject *result = start ? Py_NewRef(start) : PyLong_FromLong(0);
    while (result != NULL && (item = PyIter_Next(iter)) != NULL) {
        Py_SETREF(result, PyNumber_Add(result, item));
        Py_DECREF(item);
    }
    Py_DECREF(iter);
    if (PyErr_Occurred())
        Py_CLEAR(result);
    return result;
}

/* sorted(iterable, /, *, key=None, reverse=False): a new list, sorted
   by list.sort(), which takes the keyword arguments. */
static PyObject *
builtin_sorted(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
               PyObject *kwnames)
{
    (void)self;
    if (nargs != 1) {
        PyErr_Format(EXC_TYPE, "sorted expected 1 argument, got %zd", nargs);
        return NULL;
    }
    PyObject *list = _PyList_FromIterable(args[0]);
    if (list == NULL)
        return NULL;
    PyObject *sort = PyUnicode_FromString("sort");
    PyObject *method = sort ? PyObject_GetAttr(list, sort) : NULL;
    PyObject *done =
        method ? PyObject_Call(method, args + 1, 0, kwnames) : NULL;
    Py_XDECREF(done);
    Py_XDECREF(method);
    Py_XDECREF(sort);
    if (done == NULL)
        Py_CLEAR(list);
    return list;
}

/* any() and all(): stop at the first item that settles it. */
static PyObject *
any_all(PyObject *iterable, bool any)
{
    PyObject *iter = PyObject_GetIter(iterable), *item;
    if (iter == NULL)
        return NULL;
    int truth = 0;
    bool settled = false;
    while (!settled && (item = PyIter_Next(iter)) != NULL) {
        truth = PyObject_IsTrue(item);
        Py_DECREF(item);
        settled = truth < 0 || (truth > 0) == any;
    }
    Py_DECREF(iter);
    if (truth < 0 || PyErr_Occurred())
        return NULL;
    return PyBool_FromLong(settled == any);
}

static PyObject *
builtin_any(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return any_all(args[0], true);
}

static PyObject *
builtin_all(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return any_all(args[0], false);
}

static bool
is_attribute_name(PyObject *name)
{
    if (PyUnicode_Check(name))
        return true;
    PyErr_Format(EXC_TYPE, "attribute name must be string, not '%s'",
                 Py_TYPE(name)->tp_name);
    return false;
}

/* getattr(object, name[, default]): the default only for an
   AttributeError; any other error goes on. */
static PyObject *
builtin_getattr(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                PyObject *kwnames)
{
    (void)self, (void)kwnames;
    if (!is_attribute_name(args[1]))
        return NULL;
    PyObject *value = PyObject_GetAttr(args[0], args[1]);
    if (value == NULL && nargs > 2 && PyErr_ExceptionMatches(EXC_ATTRIBUTE)) {
        PyErr_Clear();
        value = Py_NewRef(args[2]);
    }
    return value;
}

static PyObject *
builtin_hasattr(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    if (!is_attribute_name(args[1]))
        return NULL;
    PyObject *value = PyObject_GetAttr(args[0], args[1]);
    if (value == NULL && !PyErr_ExceptionMatches(EXC_ATTRIBUTE))
        return NULL;
    PyErr_Clear();
    Py_XDECREF(value);
    return PyBool_FromLong(value != NULL);
}

static PyObject *
builtin_setattr(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    if (!is_attribute_name(args[1]) ||
        PyObject_SetAttr(args[0], args[1], args[2]) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
builtin_delattr(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    if (!is_attribute_name(args[1]) ||
        PyObject_SetAttr(args[0], args[1], NULL) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* base * factor % mod, for 0 <= base, factor < mod <= 2**63, without
   overflow: by doubling, as the product may not fit in 64 bits. */
static uint64_t
mulmod(uint64_t base, uint64_t factor, uint64_t mod)
{
    uint64_t result = 0;
    for (; factor > 0; factor >>= 1) {
        if (factor & 1)
            result = (result + base) % mod;
        base = (base + base) % mod;
    }
    return result;
}

/* The inverse of a modulo m (0 <= a < m), or -1 if there is none. */
static int64_t
inverse_mod(int64_t a, int64_t m)
{
    int64_t old_r = a, r = m, old_s = 1, s = 0;
    while (r != 0) {
        int64_t q = old_r / r, t = old_r - q * r;
        old_r = r;
        r = t;
        t = old_s - q * s;
        old_s = s;
        s = t;
    }
    if (old_r != 1)
        return -1;
    return old_s < 0 ? old_s + m : old_s;
}

/* pow(base, exp, mod): base ** exp % mod, computed without the power;
   a negative exp uses base's inverse modulo mod (3.8+). */
static PyObject *
pow_mod(PyObject *base, PyObject *exp, PyObject *mod)
{
    if (!PyLong_Check(base) || !PyLong_Check(exp) || !PyLong_Check(mod)) {
        PyErr_Format(EXC_TYPE,
                     "unsupported operand type(s) for ** or pow(): '%s', "
                     "'%s', '%s'",
                     Py_TYPE(base)->tp_name, Py_TYPE(exp)->tp_name,
                     Py_TYPE(mod)->tp_name);
        return NULL;
    }
    int64_t b = PyLong_AsLong(base), e = PyLong_AsLong(exp);
    int64_t m = PyLong_AsLong(mod);
    if (m == 0) {
        PyErr_Format(EXC_VALUE, "pow() 3rd argument cannot be 0");
        return NULL;
    }
    uint64_t um = m < 0 ? 0 - (uint64_t)m : (uint64_t)m;
    if (um == (uint64_t)1 << 63) {
        PyErr_Format(EXC_OVERFLOW, "pow() modulus too big for minipy's "
                                   "64-bit ints");
        return NULL;
    }
    int64_t residue = b % (int64_t)um;
    if (residue < 0)
        residue += (int64_t)um;
    if (e < 0 && (residue = inverse_mod(residue, (int64_t)um)) < 0) {
        PyErr_Format(EXC_VALUE, "base is not invertible for the given "
                                "modulus");
        return NULL;
    }
    uint64_t n = e < 0 ? 0 - (uint64_t)e : (uint64_t)e;
    uint64_t result = 1 % um, square = (uint64_t)residue;
    for (; n > 0; n >>= 1) {
        if (n & 1)
            result = mulmod(result, square, um);
        square = mulmod(square, square, um);
    }
    /* the sign of the result follows the modulus, as % does */
    if (m < 0 && result != 0)
        return PyLong_FromLong((int64_t)result - (int64_t)um);
    return PyLong_FromLong((int64_t)result);
}

/* pow(base, exp, mod=None) */
static PyObject *
builtin_pow(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"base", "exp", "mod", NULL};
    PyObject *values[3] = {NULL, NULL, Py_None};
    Py_ssize_t given = nargs + _PyArg_KeywordCount(kwnames);
    if (given > 3) {
        PyErr_Format(EXC_TYPE, "pow() takes at most 3 arguments (%zd given)",
                     given);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < nargs; i++)
        values[i] = args[i];
    if (_PyArg_KeywordsAt("pow", kwnames, args + nargs, names, values, nargs,
                          2) < 0)
        return NULL;
    if (values[2] != Py_None)
        return pow_mod(values[0], values[1], values[2]);
    return PyNumber_Power(values[0], values[1]);
}

static bool
is_index(PyObject *op)
{
    if (PyLong_Check(op))
        return true;
    PyErr_Format(EXC_TYPE, "'%s' object cannot be interpreted as an integer",
                 Py_TYPE(op)->tp_name);
    return false;
}

/* An int rounded to a multiple of 10**k, k > 0, half to even, as
   int.__round__ with a negative ndigits (Objects/longobject.c, 3.13). */
static PyObject *
round_int(PyObject *number, int64_t k)
{
    int64_t v = PyLong_AsLong(number);
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v, q = 1;
    for (int64_t i = 0; i < k; i++) {
        if (q > UINT64_MAX / 10) /* 10**k > every 64-bit magnitude * 2 */
            return PyLong_FromLong(0);
        q *= 10;
    }
    uint64_t r = m % q, down = m - r;
    bool up = r > q / 2 || (r == q / 2 && q % 2 == 0 && (m / q) % 2 == 1);
    uint64_t limit = v < 0 ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    if (up && down > limit - q) {
        PyErr_Format(EXC_OVERFLOW,
                     "result of round() does not fit in 64 bits (minipy "
                     "ints are 64-bit; CPython's are unbounded)");
        return NULL;
    }
    uint64_t result = up ? down + q : down;
    return PyLong_FromLong(v < 0 ? (int64_t)(0 - result) : (int64_t)result);
}

/* round(number, ndigits=None): number.__round__(ndigits).  An int
   rounds only to a negative ndigits; otherwise it is itself (a bool
   becomes an int). */
static PyObject *
builtin_round(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
              PyObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"number", "ndigits", NULL};
    PyObject *values[2] = {NULL, Py_None};
    Py_ssize_t given = nargs + _PyArg_KeywordCount(kwnames);
    if (given > 2) {
        PyErr_Format(EXC_TYPE, "round() takes at most 2 arguments (%zd given)",
                     given);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < nargs; i++)
        values[i] = args[i];
    if (_PyArg_KeywordsAt("round", kwnames, args + nargs, names, values, nargs,
                          1) < 0)
        return NULL;
    PyObject *number = values[0], *ndigits = values[1];
    if (!PyLong_Check(number)) {
        PyObject *name = PyUnicode_InternFromString("__round__");
        PyObject *method = name ? _PyType_Lookup(Py_TYPE(number), name) : NULL;
        Py_XDECREF(name);
        if (method == NULL) {
            if (!PyErr_Occurred())
                PyErr_Format(EXC_TYPE,
                             "type %s doesn't define __round__ "
                             "method",
                             Py_TYPE(number)->tp_name);
            return NULL;
        }
        return _PyObject_CallPrepend(method, number, &ndigits,
                                     ndigits == Py_None ? 0 : 1, NULL);
    }
    if (ndigits != Py_None && !is_index(ndigits))
        return NULL;
    int64_t n = ndigits == Py_None ? 0 : PyLong_AsLong(ndigits);
    if (n >= 0)
        return Py_IS_TYPE(number, &PyLong_Type)
                   ? Py_NewRef(number)
                   : PyLong_FromLong(PyLong_AsLong(number));
    return round_int(number, n == INT64_MIN ? INT64_MAX : -n);
}

static PyObject *
builtin_hex(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return is_index(args[0]) ? _PyLong_Format(args[0], 16) : NULL;
}

static PyObject *
builtin_oct(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return is_index(args[0]) ? _PyLong_Format(args[0], 8) : NULL;
}

static PyObject *
builtin_bin(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return is_index(args[0]) ? _PyLong_Format(args[0], 2) : NULL;
}

static PyObject *
builtin_hash(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
             PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    Py_hash_t hash = PyObject_Hash(args[0]);
    return hash == -1 ? NULL : PyLong_FromLong(hash);
}

/* chr(i): one character; below 256 chapter 4's cache shares it. */
static PyObject *
builtin_chr(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    if (!is_index(args[0]))
        return NULL;
    int64_t code = PyLong_AsLong(args[0]);
    if (code < 0 || code > 0x10FFFF) {
        PyErr_Format(EXC_VALUE, "chr() arg not in range(0x110000)");
        return NULL;
    }
    if (code >= 0xD800 && code <= 0xDFFF) {
        PyErr_Format(EXC_NOT_IMPLEMENTED,
                     "minipy's strs are UTF-8 and cannot hold a lone "
                     "surrogate (chr(%lld))",
                     (long long)code);
        return NULL;
    }
    return PyUnicode_FromCodePoint((uint32_t)code);
}

static PyObject *
builtin_ord(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    PyObject *c = args[0];
    if (!PyUnicode_Check(c)) {
        PyErr_Format(EXC_TYPE,
                     "ord() expected string of length 1, but %s found",
                     Py_TYPE(c)->tp_name);
        return NULL;
    }
    if (PyUnicode_GetLength(c) != 1) {
        PyErr_Format(EXC_TYPE,
                     "ord() expected a character, but string of length %zd "
                     "found",
                     PyUnicode_GetLength(c));
        return NULL;
    }
    uint32_t code = 0;
    utf8_decode(PyUnicode_AsUTF8(c), Py_SIZE(c), &code);
    return PyLong_FromLong(code);
}

static PyObject *
builtin_callable(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                 PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return PyBool_FromLong(Py_TYPE(args[0])->tp_call != NULL);
}

/* iter(iterable), or iter(callable, sentinel). */
static PyObject *
builtin_iter(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
             PyObject *kwnames)
{
    (void)self, (void)kwnames;
    if (nargs == 1)
        return PyObject_GetIter(args[0]);
    if (Py_TYPE(args[0])->tp_call == NULL) {
        PyErr_Format(EXC_TYPE, "iter(v, w): v must be callable");
        return NULL;
    }
    return PyCallIter_New(args[0], args[1]);
}

/* next(iterator[, default]): StopIteration at the end, without one. */
static PyObject *
builtin_next(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
             PyObject *kwnames)
{
    (void)self, (void)kwnames;
    PyObject *it = args[0];
    if (Py_TYPE(it)->tp_iternext == NULL) {
        PyErr_Format(EXC_TYPE, "'%s' object is not an iterator",
                     Py_TYPE(it)->tp_name);
        return NULL;
    }
    PyObject *item = Py_TYPE(it)->tp_iternext(it);
    if (item != NULL || PyErr_Occurred())
        return item;
    if (nargs > 1)
        return Py_NewRef(args[1]);
    PyErr_Format(EXC_STOP_ITERATION, "");
    return NULL;
}

/* vars(): locals(); vars(object): its __dict__. */
static PyObject *
builtin_vars(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
             PyObject *kwnames)
{
    (void)self, (void)kwnames;
    if (nargs == 0)
        return _PyFrame_LocalsToDict(interp.frame);
    if (PyType_Check(args[0])) {
        PyErr_Format(EXC_NOT_IMPLEMENTED,
                     "minipy does not show a class's namespace (CPython's "
                     "vars() of a class is a mappingproxy)");
        return NULL;
    }
    PyObject *name = PyUnicode_FromString("__dict__");
    PyObject *dict = name ? PyObject_GetAttr(args[0], name) : NULL;
    Py_XDECREF(name);
    if (dict == NULL && PyErr_ExceptionMatches(EXC_ATTRIBUTE))
        PyErr_Format(EXC_TYPE, "vars() argument must have __dict__ attribute");
    return dict;
}

static PyObject *
builtin_dir(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    PyErr_Format(EXC_NOT_IMPLEMENTED,
                 "minipy does not support dir(): its objects lack most of "
                 "the special attributes CPython's list");
    return NULL;
}

/* ---- zip ---- */

/* The iterators, and the tuple handed out last (refilled when the
   script no longer holds it, tuple_reuse.c). */
typedef struct {
    PyObject_HEAD;
    PyObject *iters; /* a tuple */
    PyObject *result;
    bool strict;
} ZipObject;

/* zip(*iterables, strict=False) */
static PyObject *
zip_vectorcall(PyObject *type, PyObject *const *args, Py_ssize_t nargs,
               PyObject *kwnames)
{
    (void)type;
    static const char *const names[] = {"strict", NULL};
    PyObject *strict = Py_False;
    if (_PyArg_KeywordCount(kwnames) > 1) {
        PyErr_Format(EXC_TYPE,
                     "zip() takes at most 1 keyword argument (%zd "
                     "given)",
                     _PyArg_KeywordCount(kwnames));
        return NULL;
    }
    if (_PyArg_Keywords("zip", kwnames, args + nargs, names, &strict) < 0)
        return NULL;
    int is_strict = PyObject_IsTrue(strict);
    PyObject *iters = is_strict < 0 ? NULL : PyTuple_New(nargs);
    PyObject *result = iters ? PyTuple_New(nargs) : NULL;
    ZipObject *zip = result ? PyObject_New(ZipObject, &PyZip_Type) : NULL;
    if (zip == NULL) {
        Py_XDECREF(iters);
        Py_XDECREF(result);
        return NULL;
    }
    zip->iters = iters;
    zip->result = result;
    zip->strict = is_strict;
    for (Py_ssize_t i = 0; i < nargs; i++) {
        PyTuple_SET_ITEM(result, i, Py_NewRef(Py_None));
        PyTuple_SET_ITEM(iters, i, PyObject_GetIter(args[i]));
        if (PyTuple_GET_ITEM(iters, i) == NULL) {
            Py_DECREF((PyObject *)zip);
            return NULL;
        }
    }
    return (PyObject *)zip;
}

static void
zip_dealloc(PyObject *self)
{
    Py_XDECREF(((ZipObject *)self)->iters);
    Py_XDECREF(((ZipObject *)self)->result);
    PyObject_Del(self);
}

static int
zip_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((ZipObject *)self)->iters);
    Py_VISIT(((ZipObject *)self)->result);
    return 0;
}

/* strict=True: iterator i (from 0) ended first, or, if i is 0, check
   that every other one ends now too.  NULL always. */
static PyObject *
zip_check_lengths(ZipObject *zip, Py_ssize_t i)
{
    if (PyErr_Occurred())
        return NULL;
    const char *plural = i == 1 ? " " : "s 1-";
    if (i > 0) {
        PyErr_Format(EXC_VALUE,
                     "zip() argument %zd is shorter than argument%s%zd", i + 1,
                     plural, i);
        return NULL;
    }
    for (i = 1; i < Py_SIZE(zip->iters); i++) {
        PyObject *item = PyIter_Next(PyTuple_GET_ITEM(zip->iters, i));
        plural = i == 1 ? " " : "s 1-";
        if (item != NULL) {
            Py_DECREF(item);
            PyErr_Format(EXC_VALUE,
                         "zip() argument %zd is longer than argument%s%zd",
                         i + 1, plural, i);
        }
        if (PyErr_Occurred())
            return NULL;
    }
    return NULL;
}

static PyObject *
zip_next(PyObject *self)
{
    ZipObject *zip = (ZipObject *)self;
    Py_ssize_t n = Py_SIZE(zip->iters);
    if (n == 0)
        return NULL;
    bool reuse = _PyTuple_Reclaim(zip->result);
    PyObject *result = reuse ? Py_NewRef(zip->result) : PyTuple_New(n);
    for (Py_ssize_t i = 0; result != NULL && i < n; i++) {
        PyObject *item = PyIter_Next(PyTuple_GET_ITEM(zip->iters, i));
        if (item == NULL) {
            Py_DECREF(result);
            return zip->strict ? zip_check_lengths(zip, i) : NULL;
        }
        PyObject *old = PyTuple_GET_ITEM(result, i);
        PyTuple_SET_ITEM(result, i, item);
        Py_XDECREF(old);
    }
    return result;
}

static PyObject *
zip_iter(PyObject *self)
{
    return Py_NewRef(self);
}

PyTypeObject PyZip_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "zip",
    .tp_basicsize = sizeof(ZipObject),
    .tp_dealloc = zip_dealloc,
    .tp_traverse = zip_traverse,
    .tp_iter = zip_iter,
    .tp_iternext = zip_next,
    .tp_vectorcall = zip_vectorcall,
    .tp_base = &PyBaseObject_Type,
};

/* issubclass(cls, class or tuple of classes) */
static int
is_subclass(PyObject *cls, PyObject *of)
{
    if (PyTuple_Check(of)) {
        for (Py_ssize_t i = 0; i < Py_SIZE(of); i++) {
            int found = is_subclass(cls, PyTuple_GET_ITEM(of, i));
            if (found != 0)
                return found;
        }
        return 0;
    }
    if (!PyType_Check(of)) {
        PyErr_Format(EXC_TYPE, "issubclass() arg 2 must be a class, a tuple "
                               "of classes, or a union");
        return -1;
    }
    return PyType_IsSubtype((PyTypeObject *)cls, (PyTypeObject *)of);
}

static PyObject *
builtin_issubclass(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                   PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    if (!PyType_Check(args[0])) {
        PyErr_Format(EXC_TYPE, "issubclass() arg 1 must be a class");
        return NULL;
    }
    int found = is_subclass(args[0], args[1]);
    return found < 0 ? NULL : PyBool_FromLong(found);
}

/* ---- map and filter ---- */

/* map(func, *iterables): func of one item of each, until the shortest
   ends; filter(func, iterable): the items func (or, for None, the item
   itself) finds true. */
typedef struct {
    PyObject_HEAD;
    PyObject *func;
    PyObject *iters; /* a tuple */
} MapObject;

static PyObject *
map_make(PyTypeObject *type, PyObject *func, PyObject *const *iterables,
         Py_ssize_t n)
{
    PyObject *iters = PyTuple_New(n);
    MapObject *m = iters ? PyObject_New(MapObject, type) : NULL;
    if (m == NULL) {
        Py_XDECREF(iters);
        return NULL;
    }
    m->func = Py_NewRef(func);
    m->iters = iters;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyTuple_SET_ITEM(iters, i, PyObject_GetIter(iterables[i]));
        if (PyTuple_GET_ITEM(iters, i) == NULL) {
            Py_DECREF((PyObject *)m);
            return NULL;
        }
    }
    return (PyObject *)m;
}

static PyObject *
map_vectorcall(PyObject *type, PyObject *const *args, Py_ssize_t nargs,
               PyObject *kwnames)
{
    (void)type;
    if (kwnames != NULL) {
        PyErr_Format(EXC_TYPE, "map() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 2) {
        PyErr_Format(EXC_TYPE, "map() must have at least two arguments.");
        return NULL;
    }
    return map_make(&PyMap_Type, args[0], args + 1, nargs - 1);
}

static PyObject *
filter_vectorcall(PyObject *type, PyObject *const *args, Py_ssize_t nargs,
                  PyObject *kwnames)
{
    (void)type;
    if (kwnames != NULL) {
        PyErr_Format(EXC_TYPE, "filter() takes no keyword arguments");
        return NULL;
    }
    if (nargs != 2) {
        PyErr_Format(EXC_TYPE, "filter expected 2 arguments, got %zd", nargs);
        return NULL;
    }
    return map_make(&PyFilter_Type, args[0], args + 1, 1);
}

static void
map_dealloc(PyObject *self)
{
    Py_XDECREF(((MapObject *)self)->func);
    Py_XDECREF(((MapObject *)self)->iters);
    PyObject_Del(self);
}

static int
map_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((MapObject *)self)->iters);
    Py_VISIT(((MapObject *)self)->func);
    return 0;
}

static PyObject *
map_next(PyObject *self)
{
    MapObject *m = (MapObject *)self;
    Py_ssize_t n = Py_SIZE(m->iters);
    PyObject *small[8], **items = small, *result = NULL;
    if (n > 8 && (items = PyMem_RawMalloc((size_t)n * sizeof *items)) == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    Py_ssize_t got = 0;
    while (got < n &&
           (items[got] = PyIter_Next(PyTuple_GET_ITEM(m->iters, got))))
        got++;
    if (got == n)
        result = PyObject_Call(m->func, items, n, NULL);
    while (got-- > 0)
        Py_DECREF(items[got]);
    if (items != small)
        PyMem_RawFree(items);
    return result;
}

static PyObject *
filter_next(PyObject *self)
{
    MapObject *m = (MapObject *)self;
    PyObject *item;
    while ((item = PyIter_Next(PyTuple_GET_ITEM(m->iters, 0))) != NULL) {
        PyObject *verdict = m->func == Py_None
                                ? Py_NewRef(item)
                                : PyObject_Call(m->func, &item, 1, NULL);
        int keep = verdict ? PyObject_IsTrue(verdict) : -1;
        Py_XDECREF(verdict);
        if (keep > 0)
            return item;
        Py_DECREF(item);
        if (keep < 0)
            return NULL;
    }
    return NULL;
}

#define MAP_TYPE(NAME, TP_NAME, NEXT, CALL)                                    \
    PyTypeObject NAME = {                                                      \
        .ob_base = PyObject_HEAD_INIT(&PyType_Type),                           \
        .tp_name = TP_NAME,                                                    \
        .tp_basicsize = sizeof(MapObject),                                     \
        .tp_dealloc = map_dealloc,                                             \
        .tp_traverse = map_traverse,                                           \
        .tp_iter = zip_iter,                                                   \
        .tp_iternext = NEXT,                                                   \
        .tp_vectorcall = CALL,                                                 \
        .tp_base = &PyBaseObject_Type,                                         \
    };
MAP_TYPE(PyMap_Type, "map", map_next, map_vectorcall)
MAP_TYPE(PyFilter_Type, "filter", filter_next, filter_vectorcall)

static PyMethodDef builtin_functions[] = {
    {"print", builtin_print, 0, INT32_MAX, true},
    {"id", builtin_id, 1, 1, false},
    {"len", builtin_len, 1, 1, false},
    {"repr", builtin_repr, 1, 1, false},
    {"ascii", _PyBuiltin_ASCII, 1, 1, false},
    {"format", _PyBuiltin_Format, 1, 2, false},
    {"isinstance", builtin_isinstance, 2, 2, false},
    {"issubclass", builtin_issubclass, 2, 2, false},
    {"globals", builtin_globals, 0, 0, false},
    {"locals", builtin_locals, 0, 0, false},
    {"abs", builtin_abs, 1, 1, false},
    {"divmod", builtin_divmod, 2, 2, false},
    {"pow", builtin_pow, 0, INT32_MAX, true},
    {"round", builtin_round, 0, INT32_MAX, true},
    {"min", builtin_min, 0, INT32_MAX, true},
    {"max", builtin_max, 0, INT32_MAX, true},
    {"sum", builtin_sum, 0, INT32_MAX, true},
    {"sorted", builtin_sorted, 0, INT32_MAX, true},
    {"any", builtin_any, 1, 1, false},
    {"all", builtin_all, 1, 1, false},
    {"getattr", builtin_getattr, 2, 3, false},
    {"hasattr", builtin_hasattr, 2, 2, false},
    {"setattr", builtin_setattr, 3, 3, false},
    {"delattr", builtin_delattr, 2, 2, false},
    {"hex", builtin_hex, 1, 1, false},
    {"oct", builtin_oct, 1, 1, false},
    {"bin", builtin_bin, 1, 1, false},
    {"hash", builtin_hash, 1, 1, false},
    {"chr", builtin_chr, 1, 1, false},
    {"ord", builtin_ord, 1, 1, false},
    {"callable", builtin_callable, 1, 1, false},
    {"iter", builtin_iter, 1, 2, false},
    {"next", builtin_next, 1, 2, false},
    {"vars", builtin_vars, 0, 1, false},
    {"dir", builtin_dir, 0, 1, false},
    {NULL, NULL, 0, 0, false},
};

PyObject *
_PyBuiltins_Create(void)
{
    static const struct {
        const char *name;
        PyTypeObject *type;
    } types[] = {
        {"bool", &PyBool_Type},
        {"dict", &PyDict_Type},
        {"int", &PyLong_Type},
        {"list", &PyList_Type},
        {"object", &PyBaseObject_Type},
        {"range", &PyRange_Type},
        {"str", &PyUnicode_Type},
        {"tuple", &PyTuple_Type},
        {"type", &PyType_Type},
        {"enumerate", &PyEnum_Type},
        {"reversed", &PyReversed_Type},
        {"zip", &PyZip_Type},
        {"map", &PyMap_Type},
        {"filter", &PyFilter_Type},
        {"staticmethod", &PyStaticMethod_Type},
        {"classmethod", &PyClassMethod_Type},
    };
    PyObject *dict = PyDict_New();
    for (PyMethodDef *ml = builtin_functions; dict && ml->ml_name; ml++) {
        PyObject *func = PyCFunction_New(ml, NULL);
        if (func == NULL || PyDict_SetItemString(dict, ml->ml_name, func) < 0)
            Py_CLEAR(dict);
        Py_XDECREF(func);
    }
    for (size_t i = 0; dict && i < sizeof types / sizeof *types; i++)
        if (PyDict_SetItemString(dict, types[i].name,
                                 (PyObject *)types[i].type) < 0)
            Py_CLEAR(dict);
    for (int kind = EXC_NONE + 1; dict && kind < EXC_NKINDS; kind++)
        if (PyDict_SetItemString(dict, PyExc_Type(kind)->tp_name,
                                 (PyObject *)PyExc_Type(kind)) < 0)
            Py_CLEAR(dict);
    if (dict &&
        (PyDict_SetItemString(dict, "None", Py_None) < 0 ||
         PyDict_SetItemString(dict, "True", Py_True) < 0 ||
         PyDict_SetItemString(dict, "False", Py_False) < 0 ||
         PyDict_SetItemString(dict, "NotImplemented", Py_NotImplemented) < 0))
        Py_CLEAR(dict);
    return dict;
}
