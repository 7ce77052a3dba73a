#ifndef MINIPY_BUILTINS_H
#define MINIPY_BUILTINS_H

#include "object.h"

/* The dict of builtins (print, len, ...), looked up after globals. */
PyObject *_PyBuiltins_Create(void);

/* Whether CPython 3.13's builtins have a name of that text. */
bool _PyBuiltins_IsCPythons(const char *name);
/* All of them, in CPython's order; *n is how many. */
const char *const *_PyBuiltins_CPythonNames(size_t *n);

extern PyTypeObject PyZip_Type; /* zip(*iterables, strict=False) */
extern PyTypeObject PyMap_Type, PyFilter_Type;

#endif
