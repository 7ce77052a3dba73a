#ifndef MINIPY_CACHES_H
#define MINIPY_CACHES_H

/* The objects that exist once each, made the first time they are asked
   for and freed at the end of the teardown (config.c's list): the empty
   str and the one-character strs (unicode_alloc.c), the empty tuple
   (tuple_alloc.c).  The small ints are static (long_alloc.c). */
void _PyUnicode_FiniCache(void);
void _PyTuple_Fini(void);

#endif
