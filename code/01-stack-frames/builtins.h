#ifndef MINIPY_BUILTINS_H
#define MINIPY_BUILTINS_H

#include "object.h"

/* The dict of builtins (print, len, ...), looked up after globals. */
PyObject *_PyBuiltins_Create(void);

/* Whether CPython 3.13's builtins have a name of that text. */
bool _PyBuiltins_IsCPythons(const char *name);

extern PyTypeObject PyZip_Type; /* zip(*iterables, strict=False) */
extern PyTypeObject PyMap_Type, PyFilter_Type;

#endif
