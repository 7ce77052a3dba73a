/* Chapter 3's mark: the header of every node shows the object's
   reference count. */
#include "figure.h"

static bool
refcount_mark(FILE *out, PyObject *op)
{
    fprintf(out, "refcount %zd", Py_REFCNT(op));
    return true;
}

const FigureMark figure_marks[] = {
    {"#b03a2e", refcount_mark, NULL},
    {NULL, NULL, NULL},
};
