/* Keyword arguments of functions written in C (CPython's
   Python/getargs.c does this and much more). */
#include "methodobject.h"

#include "errors.h"
#include "tupleobject.h"
#include "unicodeobject.h"

/* Give each keyword argument its place: the value named names[i] goes
   to values[i] (names ends with NULL).  kwargs are the values, in the
   order kwnames names them.  -1 with CPython's TypeError for a name
   the function does not take. */
int
_PyArg_Keywords(const char *fname, PyObject *kwnames, PyObject *const *kwargs,
                const char *const *names, PyObject **values)
{
    for (Py_ssize_t k = 0; kwnames != NULL && k < Py_SIZE(kwnames); k++) {
        PyObject *kw = PyTuple_GET_ITEM(kwnames, k);
        int i = 0;
        while (names[i] != NULL && !_PyUnicode_EqualToASCII(kw, names[i]))
            i++;
        if (names[i] == NULL) {
            PyErr_Format(EXC_TYPE,
                         "%s() got an unexpected keyword argument '%s'", fname,
                         PyUnicode_AsUTF8(kw));
            return -1;
        }
        values[i] = kwargs[k];
    }
    return 0;
}

Py_ssize_t
_PyArg_KeywordCount(PyObject *kwnames)
{
    return kwnames != NULL ? Py_SIZE(kwnames) : 0;
}
