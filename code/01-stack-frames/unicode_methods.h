#ifndef MINIPY_UNICODE_METHODS_H
#define MINIPY_UNICODE_METHODS_H

/* What unicodeobject.c and unicode_methods.c share: the str methods
   unicode_methods.c holds, for str's method table, and the helpers of
   unicodeobject.c they use. */
#include "format.h"
#include "unicodeobject.h"

/* ---- unicodeobject.c ---- */

/* The text written as a str of its own, never a cached one. */
PyObject *finish_unshared(_PyUnicodeWriter *w);
/* op's bytes [from, to): op itself when that is all of it. */
PyObject *bytes_or_self(PyUnicodeObject *op, Py_ssize_t from, Py_ssize_t to);
/* Where needle (n bytes) first (last) occurs in hay[from, to), or -1. */
Py_ssize_t find_bytes(const char *hay, Py_ssize_t from, Py_ssize_t to,
                      const char *needle, Py_ssize_t n);
Py_ssize_t rfind_bytes(const char *hay, Py_ssize_t from, Py_ssize_t to,
                       const char *needle, Py_ssize_t n);
/* CPython's whitespace, exactly, for every character. */
bool is_space(uint32_t c);
/* c in upper (or lower) case, a second character in *second when it
   takes two ("ß".upper() is "SS"); 0 where minipy does not know c's
   case. */
uint32_t change_case(uint32_t c, bool upper, uint32_t *second);

/* ---- unicode_methods.c ---- */

#define UNICODE_METHOD(name)                                                   \
    PyObject *unicode_##name(PyObject *self, PyObject *const *args,            \
                             Py_ssize_t nargs, PyObject *kwnames)
UNICODE_METHOD(capitalize);
UNICODE_METHOD(casefold);
UNICODE_METHOD(swapcase);
UNICODE_METHOD(title);
UNICODE_METHOD(isalnum);
UNICODE_METHOD(isalpha);
UNICODE_METHOD(isascii);
UNICODE_METHOD(isdecimal);
UNICODE_METHOD(isdigit);
UNICODE_METHOD(isidentifier);
UNICODE_METHOD(islower);
UNICODE_METHOD(isnumeric);
UNICODE_METHOD(isprintable);
UNICODE_METHOD(isspace);
UNICODE_METHOD(istitle);
UNICODE_METHOD(isupper);
UNICODE_METHOD(center);
UNICODE_METHOD(ljust);
UNICODE_METHOD(rjust);
UNICODE_METHOD(zfill);
UNICODE_METHOD(expandtabs);
UNICODE_METHOD(partition);
UNICODE_METHOD(rpartition);
UNICODE_METHOD(removeprefix);
UNICODE_METHOD(removesuffix);
UNICODE_METHOD(splitlines);
UNICODE_METHOD(translate);

/* Their rows in str's method table (unicodeobject.c), with the
   arguments each takes by position; expandtabs and splitlines count
   theirs themselves, as they take keywords. */
#define UNICODE_MORE_METHODS                                                   \
    {"capitalize", unicode_capitalize, 0, 0, false},                           \
        {"casefold", unicode_casefold, 0, 0, false},                           \
        {"swapcase", unicode_swapcase, 0, 0, false},                           \
        {"title", unicode_title, 0, 0, false},                                 \
        {"isalnum", unicode_isalnum, 0, 0, false},                             \
        {"isalpha", unicode_isalpha, 0, 0, false},                             \
        {"isascii", unicode_isascii, 0, 0, false},                             \
        {"isdecimal", unicode_isdecimal, 0, 0, false},                         \
        {"isdigit", unicode_isdigit, 0, 0, false},                             \
        {"isidentifier", unicode_isidentifier, 0, 0, false},                   \
        {"islower", unicode_islower, 0, 0, false},                             \
        {"isnumeric", unicode_isnumeric, 0, 0, false},                         \
        {"isprintable", unicode_isprintable, 0, 0, false},                     \
        {"isspace", unicode_isspace, 0, 0, false},                             \
        {"istitle", unicode_istitle, 0, 0, false},                             \
        {"isupper", unicode_isupper, 0, 0, false},                             \
        {"center", unicode_center, 1, 2, false},                               \
        {"ljust", unicode_ljust, 1, 2, false},                                 \
        {"rjust", unicode_rjust, 1, 2, false},                                 \
        {"zfill", unicode_zfill, 1, 1, false},                                 \
        {"expandtabs", unicode_expandtabs, 0, INT32_MAX, true},                \
        {"partition", unicode_partition, 1, 1, false},                         \
        {"rpartition", unicode_rpartition, 1, 1, false},                       \
        {"removeprefix", unicode_removeprefix, 1, 1, false},                   \
        {"removesuffix", unicode_removesuffix, 1, 1, false},                   \
        {"splitlines", unicode_splitlines, 0, INT32_MAX, true},                \
        {"translate", unicode_translate, 1, 1, false},                         \
    {                                                                          \
        "format_map", _PyUnicode_FormatMap, 1, 1, false                        \
    }

/* str.maketrans, called through the type or a str alike. */
extern PyMethodDef unicode_static_methods[];

#endif
