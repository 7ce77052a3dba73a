#ifndef MINIPY_SUGGESTIONS_H
#define MINIPY_SUGGESTIONS_H

/* "Did you mean": the name nearest to a misspelt one, as CPython 3.13
   finds it (Python/suggestions.c, Lib/traceback.py). */
#include "object.h"

/* Candidates are offered one at a time, in the order CPython lists them;
   the nearest wins, the first of equally near ones. */
typedef struct {
    const char *name;
    size_t size;
    size_t best_distance;
    const char *best; /* borrowed from the candidate offered */
    size_t offered;
} Suggester;

void _PySuggest_Begin(Suggester *s, const char *name);
void _PySuggest_Offer(Suggester *s, const char *candidate);
/* The suggestion, or NULL: none near enough, or too many candidates. */
const char *_PySuggest_End(const Suggester *s);

/* The keyword a call meant, among the n names a function takes (an
   empty name, positional-only, is skipped), or NULL; then the
   TypeError "f() got an unexpected keyword argument 'x'", with ". Did
   you mean 'y'?" when there is one, as 3.13 says it. */
const char *_PySuggest_Keyword(const char *keyword, const char *const *names,
                               size_t n);
void _PyErr_UnexpectedKeyword(const char *function, const char *keyword,
                              const char *const *names, size_t n);

/* What a NameError for name adds to its last line when it is printed
   (". Did you mean: 'print'?", ". Did you forget to import 'sys'?"),
   looked for now, in the frame running; PyMem_RawMalloc'd, or NULL.
   Call it before the error is raised: it may look up an attribute. */
char *_PySuggest_ForName(PyObject *name);
/* The same for obj.name, an AttributeError: looked for when it is
   printed.  in_method: obj was the self of the frame that failed, whose
   names with a leading underscore count too. */
char *_PySuggest_ForAttribute(PyObject *obj, PyObject *name, bool in_method);
bool _PySuggest_IsFramesSelf(PyObject *obj);

#endif
