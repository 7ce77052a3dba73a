/* Where the compiler merges a module's constants.  Chapters 1-3 merge
   nothing across code objects: each code object shares one slot among
   its own equal constants, and that is all.  Chapter 4's const_cache.c
   merges equal constants across the whole file, in the order the
   compiler adds them, as CPython's compiler does. */
#ifndef MINIPY_CONST_CACHE_H
#define MINIPY_CONST_CACHE_H

#include "object.h"

typedef struct {
    PyObject *table; /* chapter 4: constant key -> the one object */
} ConstCache;

/* The object that stands for value among the module's constants: value
   itself, or the equal one added first.  Borrowed (value's owner, or
   the first one's, keeps it); NULL out of memory. */
PyObject *_PyConstCache_Merge(ConstCache *cache, PyObject *value);

/* The module is compiled: forget the table. */
void _PyConstCache_Clear(ConstCache *cache);

#endif
