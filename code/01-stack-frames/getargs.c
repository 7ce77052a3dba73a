/* Keyword arguments of functions written in C (CPython's
   Python/getargs.c does this and much more). */
#include "methodobject.h"

#include "errors.h"
#include "suggestions.h"
#include "tupleobject.h"
#include "unicodeobject.h"

/* Give each keyword argument its place: the value named names[i] goes
   to values[i] (names ends with NULL).  kwargs are the values, in the
   order kwnames names them.  The first npositional slots were filled by
   position already, and the first nrequired must be filled in the end.
   -1 with CPython's TypeError (in the order its getargs.c checks): a
   name given by position as well, then a required one missing, then a
   name the function does not take. */
int
_PyArg_KeywordsAt(const char *fname, PyObject *kwnames, PyObject *const *kwargs,
                  const char *const *names, PyObject **values,
                  Py_ssize_t npositional, int nrequired)
{
    PyObject *unexpected = NULL;
    for (Py_ssize_t k = 0; kwnames != NULL && k < Py_SIZE(kwnames); k++) {
        PyObject *kw = PyTuple_GET_ITEM(kwnames, k);
        int i = 0;
        while (names[i] != NULL && !_PyUnicode_EqualToASCII(kw, names[i]))
            i++;
        if (names[i] == NULL) {
            if (unexpected == NULL)
                unexpected = kw;
            continue;
        }
        if (i < npositional) {
            PyErr_Format(EXC_TYPE,
                         "argument for %s() given by name ('%s') and "
                         "position (%d)",
                         fname, names[i], i + 1);
            return -1;
        }
        values[i] = kwargs[k];
    }
    for (int i = 0; i < nrequired; i++) {
        if (values[i] == NULL) {
            PyErr_Format(EXC_TYPE,
                         "%s() missing required argument '%s' "
                         "(pos %d)",
                         fname, names[i], i + 1);
            return -1;
        }
    }
    if (unexpected != NULL) {
        size_t n = 0;
        while (names[n] != NULL)
            n++;
        _PyErr_UnexpectedKeyword(fname, PyUnicode_AsUTF8(unexpected), names, n);
        return -1;
    }
    return 0;
}

int
_PyArg_Keywords(const char *fname, PyObject *kwnames, PyObject *const *kwargs,
                const char *const *names, PyObject **values)
{
    return _PyArg_KeywordsAt(fname, kwnames, kwargs, names, values, 0, 0);
}

Py_ssize_t
_PyArg_KeywordCount(PyObject *kwnames)
{
    return kwnames != NULL ? Py_SIZE(kwnames) : 0;
}
