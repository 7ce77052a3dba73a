/* Merging, as CPython's compiler does it (its c_const_cache and
   merge_consts_recursive, Python/compile.c, v3.13.0): as the compiler
   adds each constant to a code object, an equal constant of the same
   type added before anywhere in the file, module and function bodies
   alike, is used instead.  So in a script `a = 500; b = 500; a is b` is
   True.  The first one added wins: a tuple the compiler makes for a
   display as well as a constant of the tree.  The one object of a str
   made only of ASCII letters, digits and underscores is interned, as
   CPython's code objects intern their constants (Objects/codeobject.c,
   intern_string_constants): `"spam"` is the name spam's str, if the
   program has that name. */
#include "const_cache.h"

#include "codeobject.h"
#include "dictobject.h"
#include "errors.h"
#include "intern.h"
#include "tupleobject.h"
#include "unicodeobject.h"

/* Two constants are merged when they have the same type and are equal,
   items of tuples alike: 1 and True are equal, but stay two objects.
   The key says so: (type, value), and for a tuple (type, its items'
   keys), as CPython's _PyCode_ConstantKey does. */
static PyObject *
constant_key(PyObject *op)
{
    PyObject *value = Py_NewRef(op);
    if (PyTuple_Check(op)) {
        Py_SETREF(value, PyTuple_New(Py_SIZE(op)));
        for (Py_ssize_t i = 0; value != NULL && i < Py_SIZE(op); i++) {
            PyObject *item = constant_key(PyTuple_GET_ITEM(op, i));
            if (item == NULL)
                Py_CLEAR(value);
            else
                PyTuple_SET_ITEM(value, i, item);
        }
    }
    if (value == NULL)
        return NULL;
    PyObject *pair[2] = {(PyObject *)Py_TYPE(op), value};
    PyObject *key = _PyTuple_FromArray(pair, 2);
    Py_DECREF(value);
    return key;
}

static bool
all_name_chars(PyObject *s)
{
    const char *p = PyUnicode_AsUTF8(s);
    for (Py_ssize_t i = 0; i < Py_SIZE(s); i++) {
        char c = p[i];
        if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
              (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

/* The object that stands for op and the constants equal to it: op's
   interned str if op is a name-like str, else op.  A new reference. */
static PyObject *
one_object(PyObject *op)
{
    PyObject *one = Py_NewRef(op);
    if (PyUnicode_Check(op) && all_name_chars(op)) {
        PyUnicode_InternInPlace(&one);
        if (PyErr_Occurred())
            Py_CLEAR(one);
    }
    return one;
}

/* The one object for op's key: the first constant added with that key,
   else op's own, which from now on is the one.  A tuple that is the
   first of its key has its items merged in turn, so the (1, 2) inside
   ((1, 2), "x") is the (1, 2) of the rest of the file; a tuple that is
   not the first is left as it is, as merge_consts_recursive leaves it.
   The table holds a reference to each one object until the module is
   compiled; then the code objects' constants hold it (and the program's
   arena, for a constant of the tree; the table of interned strings, for
   a name). */
PyObject *
_PyConstCache_Merge(ConstCache *cache, PyObject *op)
{
    if (PyCode_Check(op)) /* a function's code: one of its own */
        return op;
    if (cache->table == NULL && (cache->table = PyDict_New()) == NULL)
        return NULL;
    PyObject *key = constant_key(op);
    if (key == NULL)
        return NULL;
    PyObject *first = PyDict_GetItemWithError(cache->table, key);
    if (first != NULL || PyErr_Occurred()) {
        Py_DECREF(key);
        return first;
    }
    PyObject *one = one_object(op);
    int status = one != NULL ? PyDict_SetItem(cache->table, key, one) : -1;
    Py_DECREF(key);
    Py_XDECREF(one); /* the table keeps it */
    if (status < 0)
        return NULL;
    for (Py_ssize_t i = 0; PyTuple_Check(one) && i < Py_SIZE(one); i++) {
        PyObject **item = &((PyTupleObject *)one)->ob_item[i];
        PyObject *u = _PyConstCache_Merge(cache, *item);
        if (u == NULL)
            return NULL;
        if (u != *item)
            Py_SETREF(*item, Py_NewRef(u));
    }
    return one;
}

void
_PyConstCache_Clear(ConstCache *cache)
{
    Py_CLEAR(cache->table);
}
