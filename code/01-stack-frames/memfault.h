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

/* Off unless asked for: then the allocator's fast path pays one test of
   a flag.  0: the environment is not read yet; 1: off; 2: on. */
extern int _PyMem_FaultMode;
bool _PyMem_ShouldFailSlow(size_t size);
void _PyMem_CountBlock(int change);

static inline bool
_PyMem_ShouldFail(size_t size)
{
    return _PyMem_FaultMode != 1 && _PyMem_ShouldFailSlow(size);
}

/* A block was handed out / given back. */
static inline void
_PyMem_Allocated(void)
{
    if (_PyMem_FaultMode == 2)
        _PyMem_CountBlock(+1);
}

static inline void
_PyMem_Released(void)
{
    if (_PyMem_FaultMode == 2)
        _PyMem_CountBlock(-1);
}
void _PyMem_SetFaults(unsigned long long fail_at, size_t max_request);
unsigned long long _PyMem_AllocCount(void);
long long _PyMem_BlocksOutstanding(void);

#endif
