/* The objects a program mentions, its names and its literals, made once
   when the program is read rather than each time it runs.  The program
   holds them (its arena owns one reference to each), as a code object
   holds its co_names and co_consts.  Every name is interned, and so is
   every str constant made only of ASCII letters, digits and underscores:
   what CPython 3.13's code objects do to theirs (Objects/codeobject.c,
   intern_strings and intern_string_constants). */
#include "parser.h"

#include "errors.h"
#include "intern.h"
#include "tupleobject.h"

static PyObject *
own(Arena *arena, PyObject *op)
{
    if (op == NULL || arena_own(arena, op) < 0)
        return NULL;
    return op;
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

/* Intern the name-like strs of a constant, inside tuples too. */
static void
intern_constant(PyObject **p)
{
    if (PyUnicode_Check(*p) && all_name_chars(*p)) {
        PyUnicode_InternInPlace(p);
    } else if (PyTuple_Check(*p)) {
        for (Py_ssize_t i = 0; i < Py_SIZE(*p); i++)
            intern_constant(&((PyTupleObject *)*p)->ob_item[i]);
    }
}

/* Interning ran out of memory: value goes, and the compilation fails. */
static PyObject *
interned(PyObject *value, bool failed_before)
{
    if (value != NULL && !failed_before && PyErr_Occurred())
        Py_CLEAR(value);
    return value;
}

/* Every name in the program becomes an interned str. */
PyObject *
_PyAST_Identifier(Arena *arena, const char *text, int length)
{
    bool failed_before = PyErr_Occurred();
    PyObject *name = PyUnicode_FromStringAndSize(text, length);
    if (name != NULL)
        PyUnicode_InternInPlace(&name);
    return own(arena, interned(name, failed_before));
}

/* Takes over the reference to value. */
PyObject *
_PyAST_Constant(Arena *arena, PyObject *value)
{
    bool failed_before = PyErr_Occurred();
    if (value != NULL)
        intern_constant(&value);
    return own(arena, interned(value, failed_before));
}
