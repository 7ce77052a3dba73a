#ifndef MINIPY_PYMEM_H
#define MINIPY_PYMEM_H

#include <stddef.h>

/* Every object, and every buffer an object owns (a list's item array, a
   dict's table), is allocated through the PyObject_ family: chapter 2
   replaces its implementation with our own small-object allocator.
   Memory that belongs to the interpreter rather than to objects (the
   parsed program, the data stack) comes from the PyMem_Raw family, which
   is always the C library's malloc. */
void *PyObject_Malloc(size_t size);
void *PyObject_Realloc(void *ptr, size_t size);
void PyObject_Free(void *ptr);

void *PyMem_RawMalloc(size_t size);
void *PyMem_RawCalloc(size_t count, size_t size);
void *PyMem_RawRealloc(void *ptr, size_t size);
void PyMem_RawFree(void *ptr);

/* The allocator's name as minipy reports it (--trace, error messages). */
const char *PyMem_AllocatorName(void);

#endif
