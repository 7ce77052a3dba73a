/* Chapter 1's allocator is the C library's.  Chapter 2 replaces this file. */
#include "pymem.h"

#include <stdlib.h>

void *
PyObject_Malloc(size_t size)
{
    return malloc(size ? size : 1);
}

void *
PyObject_Realloc(void *ptr, size_t size)
{
    return realloc(ptr, size ? size : 1);
}

void
PyObject_Free(void *ptr)
{
    free(ptr);
}

void *
PyMem_RawMalloc(size_t size)
{
    return malloc(size ? size : 1);
}

void *
PyMem_RawCalloc(size_t count, size_t size)
{
    return calloc(count ? count : 1, size ? size : 1);
}

void *
PyMem_RawRealloc(void *ptr, size_t size)
{
    return realloc(ptr, size ? size : 1);
}

void
PyMem_RawFree(void *ptr)
{
    free(ptr);
}

const char *
PyMem_AllocatorName(void)
{
    return "malloc";
}
