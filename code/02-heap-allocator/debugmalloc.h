#ifndef MINIPY_DEBUGMALLOC_H
#define MINIPY_DEBUGMALLOC_H

/* The debug allocator (PYTHONMALLOC=debug in CPython): it wraps another
   allocator and surrounds every block with guard bytes.

       | size (8) | 'o' | 7 x 0xFD | size bytes of data | 8 x 0xFD |
                                    ^ the pointer the caller gets

   New data is filled with 0xCD and freed data with 0xDD, so code that
   reads memory it never wrote, or wrote after freeing it, sees a
   telltale pattern.  Overruns, underruns, double frees and frees of
   pointers it never handed out are reported on stderr with the block's
   address and size, then the program aborts. */

#include "pymem.h"

#include <stddef.h>

#define PYMEM_CLEANBYTE     0xCD /* fills new memory */
#define PYMEM_DEADBYTE      0xDD /* fills freed memory */
#define PYMEM_FORBIDDENBYTE 0xFD /* the guards around each block */
#define PYMEM_API_OBJECT    'o'  /* marks a live PyObject_ block */
#define PYMEM_DEBUG_HEAD    16   /* size, API id, 7 forbidden bytes */
#define PYMEM_DEBUG_TAIL    8    /* forbidden bytes after the data */

/* The allocator the debug layer gets its memory from.  Set it before
   the first allocation. */
void pymem_debug_set_base(const PyMemAllocator *base);

void *pymem_debug_malloc(size_t size);
void *pymem_debug_realloc(void *ptr, size_t size);
void pymem_debug_free(void *ptr);

/* Verify p's guard bytes now; report and abort if they are damaged. */
void pymem_debug_check(const void *p);

#endif
