#ifndef MINIPY_CSTACK_H
#define MINIPY_CSTACK_H

#include <stddef.h>

/* The C stack of the calling thread: the address it starts at (its
   highest: it grows down) and how many bytes it may grow to, as the
   system gives them (the main thread's stack is as big as ulimit -s
   allows).  Py_EnterRecursiveCall compares the address of a local with
   these, so deep C recursion ends in RecursionError whatever the size. */
void _Py_CStackMeasure(char **base, size_t *size);

#endif
