#ifndef MINIPY_PYMEM_H
#define MINIPY_PYMEM_H

#include <stddef.h>

/* Every object, and every buffer an object owns (a list's item array, a
   dict's table), is allocated through the PyObject_ family, which goes
   to the allocator chosen at startup: our small-object allocator by
   default (obmalloc.h).  Memory that belongs to the interpreter rather
   than to objects (the parsed program, the data stack) comes from the
   PyMem_Raw family, which is always the C library's malloc. */
void *PyObject_Malloc(size_t size);
void *PyObject_Realloc(void *ptr, size_t size);
void PyObject_Free(void *ptr);

void *PyMem_RawMalloc(size_t size);
void *PyMem_RawCalloc(size_t count, size_t size);
void *PyMem_RawRealloc(void *ptr, size_t size);
void PyMem_RawFree(void *ptr);

/* An allocator the PyObject_ family can be routed to. */
typedef struct {
    void *(*malloc)(size_t size);
    void *(*realloc)(void *ptr, size_t size);
    void (*free)(void *ptr);
} PyMemAllocator;

/* Choose the object allocator, like PYTHONMALLOC: "pymalloc" (also
   "default"), "debug" (also "pymalloc_debug": debug checks over
   pymalloc), "malloc" or "malloc_debug".  NULL means the environment
   variable MINIPY_MALLOC, or pymalloc when it is unset or empty.  Call
   it before the first allocation.  0 on success, -1 for an unknown name
   (the allocator is then unchanged). */
int PyMem_SetupAllocator(const char *name);

/* The allocator's name as minipy reports it (--trace, error messages). */
const char *PyMem_AllocatorName(void);

#endif
