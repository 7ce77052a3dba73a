/* The objects a program mentions, its names and its literals, made once
   when the program is read rather than each time it runs.  The program
   holds them (its arena owns one reference to each), as a code object
   holds its co_names and co_consts. */
#include "parser.h"

#include "unicodeobject.h"

static PyObject *
own(Arena *arena, PyObject *op)
{
    if (op == NULL || arena_own(arena, op) < 0)
        return NULL;
    return op;
}

/* Every name in the program becomes a str object. */
PyObject *
_PyAST_Identifier(Arena *arena, const char *text, int length)
{
    return own(arena, PyUnicode_FromStringAndSize(text, length));
}

/* Takes over the reference to value. */
PyObject *
_PyAST_Constant(Arena *arena, PyObject *value)
{
    return own(arena, value);
}
