#ifndef MINIPY_MEMFAULT_H
#define MINIPY_MEMFAULT_H

#include <stdbool.h>
#include <stddef.h>

/* Out of memory on demand, for the tests: every allocation minipy makes
   (the PyObject_ and PyMem_Raw families alike) asks here first.

     MINIPY_FAIL_ALLOC=N    the Nth allocation of the run fails (from 1)
     MINIPY_COUNT_ALLOC=1   at exit, print to stderr how many there were
                            and how many blocks were never given back

   A program that embeds minipy (the fuzzer) sets the same from C. */
bool _PyMem_ShouldFail(size_t size);
void _PyMem_Allocated(void); /* a block was handed out */
void _PyMem_Released(void);  /* a block was given back */
void _PyMem_SetFaults(unsigned long long fail_at, size_t max_request);
unsigned long long _PyMem_AllocCount(void);
long long _PyMem_BlocksOutstanding(void);

#endif
