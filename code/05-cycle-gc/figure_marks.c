/* Chapter 5's marks: an object's reference count (or "immortal"), then
   what the collector knows of it: the generation whose list holds it,
   or, in the figures of a collection, its gc_refs (figure_gc.c). */
#include "figure.h"

bool figure_gc_mark(FILE *out, PyObject *op);

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
    {"#117a65", figure_gc_mark,
     "gen N: the collector's generation whose list holds the object"},
    {NULL, NULL, NULL},
};
