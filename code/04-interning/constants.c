/* The objects a program mentions, its names and its literals, made once
   when the program is read rather than each time it runs.  The program
   holds them (its arena owns one reference to each), as CPython's tree
   of the module does until the module has run.  Every name is interned
   and immortal, what CPython 3.13 does to the names of its code objects
   (Objects/codeobject.c, intern_strings).  A constant is made as it is
   written, each time it is written: the name-like strs among them are
   interned once merged (fold.c), as co_consts's are. */
#include "parser.h"

#include "errors.h"
#include "intern.h"

static PyObject *
own(Arena *arena, PyObject *op)
{
    if (op == NULL || arena_own(arena, op) < 0)
        return NULL;
    return op;
}

/* Interning ran out of memory: value goes, and the compilation fails. */
static PyObject *
interned(PyObject *value, bool failed_before)
{
    if (value != NULL && !failed_before && PyErr_Occurred())
        Py_CLEAR(value);
    return value;
}

/* Every name in the program becomes an interned, immortal str. */
PyObject *
_PyAST_Identifier(Arena *arena, const char *text, int length)
{
    bool failed_before = PyErr_Occurred();
    PyObject *name = PyUnicode_FromStringAndSize(text, length);
    if (name != NULL)
        _PyUnicode_InternImmortal(&name);
    return own(arena, interned(name, failed_before));
}

/* Takes over the reference to value. */
PyObject *
_PyAST_Constant(Arena *arena, PyObject *value)
{
    return own(arena, value);
}
