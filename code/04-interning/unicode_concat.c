/* s = s + t and s += t, both str and s a local variable (the bytecode
   loop's BINARY_OP, which then skips the STORE_FAST after it).  A str is
   immutable, but one that nothing else refers to cannot be seen
   changing: then t is written after s's text, in s's own block, grown by
   the allocator's realloc.  A loop that grows a string this way copies
   each piece once instead of the whole string each time.  CPython 3.13
   does the same in PyUnicode_Append (Objects/unicodeobject.c), called by
   BINARY_OP_INPLACE_ADD_UNICODE (Python/bytecodes.c). */
#include "interp.h"
#include "pymem.h"
#include "unicodeobject.h"

#include <stdio.h>
#include <string.h>

/* CPython stores all the characters of a str at the width of the widest
   (PEP 393): one byte up to U+00FF, two up to U+FFFF, four beyond.  Ours
   are UTF-8; a character's CPython width, from its first byte. */
static int
char_width(unsigned char lead)
{
    return lead < 0xC4 ? 1 : lead < 0xF0 ? 2 : 4;
}

static int
widest(PyUnicodeObject *op)
{
    int width = 1;
    for (Py_ssize_t i = 0; i < Py_SIZE(op) && width < 4; i++)
        if (char_width((unsigned char)op->data[i]) > width)
            width = char_width((unsigned char)op->data[i]);
    return width;
}

/* Whether op holds a character of at least this width: looked for from
   the end, where a loop that appends wide characters left the last. */
static bool
has_width(PyUnicodeObject *op, int width)
{
    for (Py_ssize_t i = Py_SIZE(op); i-- > 0;)
        if (char_width((unsigned char)op->data[i]) >= width)
            return true;
    return false;
}

static bool
is_ascii(PyUnicodeObject *op)
{
    return op->length == Py_SIZE(op);
}

/* region: modifiable */
/* Nothing but the variable refers to s: no other name or container, no
   cache (the cached strs are immortal, their count never 1) and not the
   table of interned strings, whose references are not counted.  A hash
   already computed would go stale.  CPython's unicode_modifiable. */
static bool
modifiable(PyUnicodeObject *s)
{
    return Py_REFCNT(s) == 1 && s->hash == -1 && !s->interned &&
           PyUnicode_Check((PyObject *)s);
}

/* And CPython's width rule: its str is laid out for its widest
   character, so a wider piece (or anything past ASCII after an ASCII
   str, whose header is smaller) means a new str.  Ours could always
   grow; it follows the rule so that id() tells the same story. */
static bool
fits(PyUnicodeObject *s, PyUnicodeObject *t)
{
    if (is_ascii(t))
        return true;
    if (is_ascii(s))
        return false;
    int width = widest(t);
    return width == 1 || has_width(s, width);
}
/* endregion */

/* region: grow */
/* Make room for size bytes of text: the block is resized by the
   allocator, in place when it can be (chapter 2), else moved; a figure
   follows the str to its new address. */
static PyUnicodeObject *
grow(PyUnicodeObject *s, Py_ssize_t size)
{
    uintptr_t was = (uintptr_t)s;
    PyUnicodeObject *grown =
        PyObject_Realloc(s, sizeof(PyUnicodeObject) + (size_t)size + 1);
    if (grown == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    if ((uintptr_t)grown != was && interp.move_observer != NULL)
        interp.move_observer(was, (PyObject *)grown,
                             interp.dealloc_observer_ctx);
    return grown;
}

/* --trace: the str after it grew, and whether it had to move. */
static void
trace_resize(PyUnicodeObject *grown, uintptr_t was)
{
    char what[64];
    if ((uintptr_t)grown == was)
        snprintf(what, sizeof what, ": count 1, grown in place");
    else
        snprintf(what, sizeof what, ": count 1, moved from %p", (void *)was);
    _Py_TraceObject("resize", (PyObject *)grown, what);
}
/* endregion */

/* region: append */
void
PyUnicode_Append(PyObject **p_left, PyObject *right)
{
    PyUnicodeObject *s = (PyUnicodeObject *)*p_left;
    PyUnicodeObject *t = (PyUnicodeObject *)right;
    if (Py_SIZE(t) == 0 || Py_SIZE(s) == 0 || !modifiable(s) || !fits(s, t)) {
        Py_SETREF(*p_left, PyUnicode_Concat(*p_left, right));
        return;
    }
    Py_ssize_t old = Py_SIZE(s), size = old + Py_SIZE(t);
    uintptr_t was = (uintptr_t)s;
    PyUnicodeObject *grown = grow(s, size);
    if (grown == NULL) {
        Py_CLEAR(*p_left); /* s is still there, and dropped, as CPython */
        return;
    }
    memcpy(grown->data + old, t->data, (size_t)Py_SIZE(t) + 1);
    Py_SIZE(grown) = size;
    grown->length += t->length;
    *p_left = (PyObject *)grown;
    if (_Py_tracing_refs)
        trace_resize(grown, was);
}
/* endregion */
