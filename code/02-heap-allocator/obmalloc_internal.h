#ifndef MINIPY_OBMALLOC_INTERNAL_H
#define MINIPY_OBMALLOC_INTERNAL_H

/* The allocator's data structures, shared by obmalloc.c (which changes
   them) and obmalloc_inspect.c (which only reads them). */

#include "obmalloc.h"

typedef uint8_t block;

/* Hints for the compiler on the fast paths, as CPython's obmalloc.c
   gives them: which way a test almost always goes, and which function
   must stay a call.  gcc and clang know them; others go without. */
#if defined(__GNUC__)
#define LIKELY(x)   __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#define NOINLINE    __attribute__((noinline))
#else
#define LIKELY(x)   (x)
#define UNLIKELY(x) (x)
#define NOINLINE
#endif

/* The header at the start of every pool: 48 bytes, as in CPython. */
struct pool_header {
    union {
        block *padding;     /* makes count take a pointer's width */
        unsigned int count; /* blocks in use */
    } ref;
    block *freeblock;             /* first block of the free list */
    struct pool_header *nextpool; /* usedpools list, or arena freepools */
    struct pool_header *prevpool; /* usedpools list only */
    unsigned int arenaindex;      /* our arena: state.arenas[arenaindex] */
    unsigned int szidx;           /* size class index */
    unsigned int nextoffset;      /* first never-touched block */
    unsigned int maxnextoffset;   /* the last offset a block can start at */
};

_Static_assert(sizeof(struct pool_header) == POOL_OVERHEAD,
               "the pool header is 48 bytes, as in CPython");

/* What we know about one arena.  The arena itself is plain memory. */
struct arena_object {
    uintptr_t address;              /* 0 if no arena is attached */
    block *pool_address;            /* first pool never carved out */
    unsigned int nfreepools;        /* emptied pools plus never-used ones */
    unsigned int ntotalpools;       /* pools the arena holds */
    struct pool_header *freepools;  /* emptied pools, singly linked */
    struct arena_object *nextarena; /* usable_arenas, or the unused list */
    struct arena_object *prevarena; /* usable_arenas only */
};

/* The address map answers "is this address in one of our arenas?".
   Arenas are aligned to their size, so an address's arena number is its
   top bits; the map keeps one bit per possible arena in a two-level
   table: 12 bits pick a leaf, the next 16 bits a bit in it.  Addresses
   at or above 2^48 are never ours: we refuse arenas mapped up there. */
#define ADDRESS_BITS    48
#define MAP_LEAF_BITS   16
#define MAP_ROOT_BITS   (ADDRESS_BITS - ARENA_BITS - MAP_LEAF_BITS)
#define MAP_ROOT_LENGTH ((size_t)1 << MAP_ROOT_BITS)
#define MAP_LEAF_WORDS  (((size_t)1 << MAP_LEAF_BITS) / 64)

#define RELEASED_REMEMBERED 8

typedef struct {
    /* Per size class, the pools that have a block to give.  Plain list
       heads, NULL-terminated: CPython overlays fake pool headers on this
       array to make the lists circular; a pointer per class is simpler. */
    struct pool_header *usedpools[NB_SMALL_SIZE_CLASSES];

    struct arena_object *arenas; /* every arena object, by arenaindex */
    unsigned int maxarenas;      /* length of arenas */
    struct arena_object *unused_arena_objects; /* objects with no arena */
    /* Arenas with a free pool, sorted by nfreepools, fewest first. */
    struct arena_object *usable_arenas;
    /* nfp2lasta[n]: the last arena in usable_arenas with n free pools. */
    struct arena_object *nfp2lasta[POOLS_PER_ARENA + 1];

    size_t narenas_currently_allocated;
    size_t ntimes_arena_allocated;
    size_t narenas_highwater;

    size_t empty_arenas;     /* mapped arenas whose pools are all free */
    size_t max_empty_arenas; /* keep at most this many */
    size_t max_empty_limit;  /* how far max_empty_arenas may grow */
    size_t unmapped_owed;    /* unmapped arenas not yet mapped again */

    uint64_t *arena_map[MAP_ROOT_LENGTH];
    size_t arena_map_leaves;

    /* The last arenas returned to the OS, newest last: for figures. */
    uintptr_t released[RELEASED_REMEMBERED];
    size_t nreleased; /* arenas ever released; the ring holds the last */

    pymalloc_arena_observer observer;
    void *observer_ctx;
} pymalloc_state;

/* The one allocator state, defined in obmalloc.c. */
extern pymalloc_state pymalloc_global_state;

static inline struct pool_header *
pool_of(const void *p)
{
    return (struct pool_header *)((uintptr_t)p & ~(uintptr_t)(POOL_SIZE - 1));
}

static inline bool
pool_is_full(const struct pool_header *pool)
{
    return pool->freeblock == NULL && pool->nextoffset > pool->maxnextoffset;
}

#endif
