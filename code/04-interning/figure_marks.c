/* Chapter 4's mark: an object's reference count, or "immortal" for an
   object whose count never changes (refcount.h).  Only the second needs
   the legend's word, so only it says it showed. */
#include "figure.h"

static bool
refcount_mark(FILE *out, PyObject *op)
{
    if (_Py_IsImmortal(op)) {
        fputs("<font color=\"#1f618d\">immortal</font>", out);
        return true;
    }
    fprintf(out, "refcount %zd", Py_REFCNT(op));
    return false;
}

const FigureMark figure_marks[] = {
    {"#b03a2e", refcount_mark,
     "immortal: a count that no reference changes; never freed (PEP 683)"},
    {NULL, NULL, NULL},
};
