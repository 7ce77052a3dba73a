/* Chapter 1's allocator is the C library's.  Chapter 2 replaces this file.
   Every call first asks memfault.c whether a test wants it to fail. */
#include "pymem.h"

#include "memfault.h"

#include <stdlib.h>

static void *
handed_out(void *block)
{
    if (block != NULL)
        _PyMem_Allocated();
    return block;
}

static void *
resized(void *old, void *block)
{
    return old == NULL ? handed_out(block) : block;
}

static void
given_back(void *block)
{
    if (block != NULL)
        _PyMem_Released();
    free(block);
}

void *
PyObject_Malloc(size_t size)
{
    if (_PyMem_ShouldFail(size))
        return NULL;
    return handed_out(malloc(size ? size : 1));
}

void *
PyObject_Realloc(void *ptr, size_t size)
{
    if (_PyMem_ShouldFail(size))
        return NULL;
    return resized(ptr, realloc(ptr, size ? size : 1));
}

void
PyObject_Free(void *ptr)
{
    given_back(ptr);
}

void *
PyMem_RawMalloc(size_t size)
{
    if (_PyMem_ShouldFail(size))
        return NULL;
    return handed_out(malloc(size ? size : 1));
}

void *
PyMem_RawCalloc(size_t count, size_t size)
{
    if (_PyMem_ShouldFail(count * size))
        return NULL;
    return handed_out(calloc(count ? count : 1, size ? size : 1));
}

void *
PyMem_RawRealloc(void *ptr, size_t size)
{
    if (_PyMem_ShouldFail(size))
        return NULL;
    return resized(ptr, realloc(ptr, size ? size : 1));
}

void
PyMem_RawFree(void *ptr)
{
    given_back(ptr);
}

const char *
PyMem_AllocatorName(void)
{
    return "malloc";
}
