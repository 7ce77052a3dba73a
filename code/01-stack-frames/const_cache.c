/* Chapters 1-3: no merging across code objects (const_cache.h). */
#include "const_cache.h"

PyObject *
_PyConstCache_Merge(ConstCache *cache, PyObject *value)
{
    (void)cache;
    return value;
}

void
_PyConstCache_Clear(ConstCache *cache)
{
    (void)cache;
}
