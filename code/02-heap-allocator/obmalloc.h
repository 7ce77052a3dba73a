#ifndef MINIPY_OBMALLOC_H
#define MINIPY_OBMALLOC_H

/* The private heap: a small-object allocator built the way CPython's
   Objects/obmalloc.c ("pymalloc") is built, with its numbers for 64-bit
   builds of 3.10 and later.  Requests of 1 to 512 bytes are served from
   16 KiB pools carved out of 1 MiB arenas; everything else goes to the
   C library.  Like CPython's, it is not thread-safe. */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define ALIGNMENT               16
#define ALIGNMENT_SHIFT         4
#define SMALL_REQUEST_THRESHOLD 512
#define NB_SMALL_SIZE_CLASSES   (SMALL_REQUEST_THRESHOLD / ALIGNMENT)
#define POOL_BITS               14
#define POOL_SIZE               ((size_t)1 << POOL_BITS)
#define ARENA_BITS              20
#define ARENA_SIZE              ((size_t)1 << ARENA_BITS)
#define POOLS_PER_ARENA         (ARENA_SIZE / POOL_SIZE)
#define POOL_OVERHEAD           48

/* Size class i holds blocks of (i + 1) * 16 bytes. */
#define INDEX2SIZE(i) (((size_t)(i) + 1) << ALIGNMENT_SHIFT)
#define SIZE2INDEX(n) (((size_t)(n)-1) >> ALIGNMENT_SHIFT)
#define NUMBLOCKS(i)  ((POOL_SIZE - POOL_OVERHEAD) / INDEX2SIZE(i))

/* The object allocator: pymalloc for 1..512 bytes, malloc otherwise.
   PyObject_Malloc and friends call these when pymalloc is selected. */
void *obmalloc_malloc(size_t size);
void *obmalloc_realloc(void *ptr, size_t size);
void obmalloc_free(void *ptr);

/* Is p inside one of our arenas?  O(1), and correct for any pointer. */
bool pymalloc_address_in_range(const void *p);

/* Hysteresis: how many wholly free arenas stay mapped instead of going
   back to the OS.  The limit starts at min_empty and grows by one, up
   to max_empty, each time an arena must be mapped again after one was
   unmapped.  Lowering the limits unmaps the excess at once. */
void pymalloc_set_empty_arena_limits(size_t min_empty, size_t max_empty);

/* Called after an arena is mapped (mapped = true) or returned to the
   OS, for --trace and the figures.  NULL removes the observer. */
typedef void (*pymalloc_arena_observer)(bool mapped, uintptr_t address,
                                        void *ctx);
void pymalloc_set_arena_observer(pymalloc_arena_observer fn, void *ctx);

/* ---- Introspection, for the figures and the tests ----
   The pymalloc_get_* functions fill at most max entries of out and
   return how many there are, so a call with max = 0 sizes the array. */

typedef struct {
    size_t arenas_allocated_total; /* mapped since the start */
    size_t arenas_reclaimed;       /* returned to the OS */
    size_t arenas_highwater;       /* most mapped at once */
    size_t arenas_current;         /* mapped now */
    size_t empty_arenas;           /* mapped, every pool free */
    size_t empty_arena_limit;      /* current hysteresis limit */
    size_t blocks_in_use;          /* blocks handed out, not yet freed */
    size_t bytes_in_use;           /* their sizes, rounded to classes */
    size_t mapped_bytes;           /* arenas_current * ARENA_SIZE */
    size_t metadata_bytes;         /* state, arena objects, address map */
} pymalloc_stats;

void pymalloc_get_stats(pymalloc_stats *out);

typedef struct {
    uintptr_t address;
    unsigned int arenaindex;  /* what pools in it store as arenaindex */
    unsigned int nfreepools;  /* emptied pools plus never-used ones */
    unsigned int ntotalpools; /* always POOLS_PER_ARENA here */
    size_t blocks_in_use;
} pymalloc_arena_info;

/* The mapped arenas, in arenaindex order. */
size_t pymalloc_get_arenas(pymalloc_arena_info *out, size_t max);

/* The arenas with a free pool, in the order new pools are taken from
   them: most used (fewest free pools) first. */
size_t pymalloc_get_usable_arenas(uintptr_t *out, size_t max);

/* The addresses of the last arenas given back to the OS (at most 8),
   oldest first. */
size_t pymalloc_get_released_arenas(uintptr_t *out, size_t max);

typedef enum {
    PYMALLOC_POOL_USED,      /* some blocks in use, some available */
    PYMALLOC_POOL_FULL,      /* every block in use */
    PYMALLOC_POOL_EMPTY,     /* used before, now on its arena's freepools */
    PYMALLOC_POOL_NEVER_USED /* never carved out of its arena */
} pymalloc_pool_state;

typedef struct {
    uintptr_t address;
    pymalloc_pool_state state;
    /* The fields below are 0 for a never-used pool; for an empty pool
       they describe its last size class. */
    unsigned int arenaindex;
    unsigned int szidx;
    unsigned int block_size;
    unsigned int count;         /* blocks in use (ref.count) */
    unsigned int capacity;      /* blocks the pool can hold */
    unsigned int nfree;         /* blocks on the free list */
    unsigned int nextoffset;    /* offset of the first never-touched one */
    unsigned int maxnextoffset; /* the last offset a block may start at */
} pymalloc_pool_info;

/* The POOLS_PER_ARENA pools of the arena at address, in address order. */
size_t pymalloc_get_pools(uintptr_t arena, pymalloc_pool_info *out, size_t max);

/* The pool holding block p; false if p is not in our arenas. */
bool pymalloc_pool_of(const void *p, pymalloc_pool_info *out);

/* Offsets from the pool's start of the blocks on its free list, in the
   order the allocator will hand them out. */
size_t pymalloc_get_free_offsets(uintptr_t pool, unsigned int *out, size_t max);

/* usedpools[szidx]: the pools of that class with a block available, in
   the order allocation visits them. */
size_t pymalloc_get_usedpools(unsigned int szidx, uintptr_t *out, size_t max);

/* Check every structural invariant.  0 when all hold; otherwise -1,
   with the first violation described in why. */
int pymalloc_check_invariants(char *why, size_t whylen);

/* The report CPython's sys._debugmallocstats() prints, our numbers. */
void pymalloc_print_stats(FILE *out);

#endif
