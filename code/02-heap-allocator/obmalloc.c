/* The private heap: blocks carved from pools carved from arenas.

   An arena is 1 MiB of mmap'd memory, aligned to 1 MiB, cut into 64
   pools of 16 KiB.  A pool serves one size class: a 48-byte header,
   then blocks of 16, 32, ..., 512 bytes.  Three kinds of list tie them
   together: per size class, the pools that still have a block to give
   (usedpools); per pool, the blocks freed and not yet reused (freeblock);
   per arena, its pools that became empty (freepools).  The arenas that
   have a free pool are kept sorted, fullest first (usable_arenas), so
   that allocation packs the busy arenas and lets the others drain. */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */

#include "obmalloc_internal.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* See arena_became_empty() for why we keep empty arenas at all. */
#define MIN_EMPTY_ARENAS 2
#define MAX_EMPTY_ARENAS 64

pymalloc_state pymalloc_global_state = {
    .max_empty_arenas = MIN_EMPTY_ARENAS,
    .max_empty_limit = MAX_EMPTY_ARENAS,
};

_Static_assert(NUMBLOCKS(NB_SMALL_SIZE_CLASSES - 1) > 1,
               "a pool cannot go from full to empty in one free");

/* ---------------------------------------------------------- address map */

/* Which leaf of the address map covers address, and which bit in it. */
static inline size_t
map_root_index(uintptr_t address)
{
    return address >> (ARENA_BITS + MAP_LEAF_BITS);
}

static inline size_t
map_bit(uintptr_t address)
{
    return (address >> ARENA_BITS) & (((size_t)1 << MAP_LEAF_BITS) - 1);
}

/* A bit is set exactly while one of our arenas occupies its 1 MiB of
   address space, so the answer is right for any pointer at all: from
   malloc, the stack, static data, or nowhere. */
static inline bool
address_in_range(const pymalloc_state *st, const void *p)
{
    uintptr_t address = (uintptr_t)p;
    if (address >> ADDRESS_BITS) {
        return false;
    }
    const uint64_t *leaf = st->arena_map[map_root_index(address)];
    if (leaf == NULL) {
        return false;
    }
    size_t bit = map_bit(address);
    return (leaf[bit / 64] >> (bit % 64)) & 1;
}

static bool
arena_map_mark(pymalloc_state *st, uintptr_t arena, bool used)
{
    uint64_t **leaf = &st->arena_map[map_root_index(arena)];
    if (*leaf == NULL) {
        *leaf = calloc(MAP_LEAF_WORDS, sizeof(uint64_t));
        if (*leaf == NULL) {
            return false;
        }
        st->arena_map_leaves++;
    }
    size_t bit = map_bit(arena);
    uint64_t mask = (uint64_t)1 << (bit % 64);
    if (used) {
        (*leaf)[bit / 64] |= mask;
    } else {
        (*leaf)[bit / 64] &= ~mask;
    }
    return true;
}

/* ------------------------------------------------------- arena memory */

static void *
map_anonymous(size_t size)
{
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

/* mmap only promises page alignment.  When the first try is not aligned
   to ARENA_SIZE, map twice the size and unmap the two ends.  (Linux
   places each new mapping just below the last one, so after the first
   arena the first try usually succeeds.) */
static void *
map_aligned_arena(void)
{
    void *p = map_anonymous(ARENA_SIZE);
    if (p == NULL || ((uintptr_t)p & (ARENA_SIZE - 1)) == 0) {
        return p;
    }
    munmap(p, ARENA_SIZE);
    block *big = map_anonymous(2 * ARENA_SIZE);
    if (big == NULL) {
        return NULL;
    }
    size_t head = ARENA_SIZE - ((uintptr_t)big & (ARENA_SIZE - 1));
    if (head == ARENA_SIZE) {
        head = 0;
    }
    if (head > 0) {
        munmap(big, head);
    }
    munmap(big + head + ARENA_SIZE, ARENA_SIZE - head);
    return big + head;
}

/* ---------------------------------------------------- arena objects */

/* realloc may move the array.  That is safe only because we grow it
   when usable_arenas is empty: then no pointer into the array exists
   (pools name their arena by index, never by pointer). */
static bool
grow_arena_objects(pymalloc_state *st)
{
    unsigned int old = st->maxarenas;
    unsigned int n = old ? 2 * old : 16;
    if (n <= old) { /* unsigned int overflow */
        return false;
    }
    struct arena_object *arenas =
        realloc(st->arenas, (size_t)n * sizeof *arenas);
    if (arenas == NULL) {
        return false;
    }
    for (unsigned int i = old; i < n; i++) {
        arenas[i].address = 0;
        arenas[i].nextarena = i + 1 < n ? &arenas[i + 1] : NULL;
    }
    st->arenas = arenas;
    st->maxarenas = n;
    st->unused_arena_objects = &arenas[old];
    return true;
}

static void
notify(const pymalloc_state *st, bool mapped, uintptr_t address)
{
    if (st->observer != NULL) {
        st->observer(mapped, address, st->observer_ctx);
    }
}

/* Each new arena that follows an unmap means that the unmap was
   premature: keep one more empty arena next time. */
static void
learn_from_remap(pymalloc_state *st)
{
    if (st->unmapped_owed == 0) {
        return;
    }
    st->unmapped_owed--;
    if (st->max_empty_arenas < st->max_empty_limit) {
        st->max_empty_arenas++;
    }
}

/* Called only when usable_arenas is empty: the new arena is the list. */
static struct arena_object *
new_arena(pymalloc_state *st)
{
    if (st->unused_arena_objects == NULL && !grow_arena_objects(st)) {
        return NULL;
    }
    block *address = map_aligned_arena();
    if (address == NULL) {
        return NULL;
    }
    if ((uintptr_t)address >> ADDRESS_BITS ||
        !arena_map_mark(st, (uintptr_t)address, true)) {
        munmap(address, ARENA_SIZE);
        return NULL;
    }
    struct arena_object *a = st->unused_arena_objects;
    st->unused_arena_objects = a->nextarena;
    a->address = (uintptr_t)address;
    a->pool_address = address;
    a->nfreepools = a->ntotalpools = POOLS_PER_ARENA;
    a->freepools = NULL;
    a->nextarena = a->prevarena = NULL;
    st->usable_arenas = a;
    st->nfp2lasta[POOLS_PER_ARENA] = a;
    st->empty_arenas++;

    st->ntimes_arena_allocated++;
    if (++st->narenas_currently_allocated > st->narenas_highwater) {
        st->narenas_highwater = st->narenas_currently_allocated;
    }
    learn_from_remap(st);
    notify(st, true, a->address);
    return a;
}

/* The arena must already be off usable_arenas. */
static void
release_arena(pymalloc_state *st, struct arena_object *a)
{
    uintptr_t address = a->address;
    arena_map_mark(st, address, false);
    munmap((void *)address, ARENA_SIZE);
    a->address = 0;
    a->nextarena = st->unused_arena_objects;
    st->unused_arena_objects = a;
    st->narenas_currently_allocated--;
    st->released[st->nreleased++ % RELEASED_REMEMBERED] = address;
    notify(st, false, address);
}

/* ---------------------------------------------- usable_arenas, sorted */

/* Before a's count changes: if a was the last arena with its count,
   the one before it (if it has the same count) is now the last. */
static void
forget_last(pymalloc_state *st, struct arena_object *a)
{
    unsigned int n = a->nfreepools;
    if (st->nfp2lasta[n] == a) {
        struct arena_object *prev = a->prevarena;
        st->nfp2lasta[n] = prev != NULL && prev->nfreepools == n ? prev : NULL;
    }
}

static void
list_remove_arena(pymalloc_state *st, struct arena_object *a)
{
    if (a->prevarena != NULL) {
        a->prevarena->nextarena = a->nextarena;
    } else {
        st->usable_arenas = a->nextarena;
    }
    if (a->nextarena != NULL) {
        a->nextarena->prevarena = a->prevarena;
    }
}

/* Insert a after prev, or at the head when prev is NULL. */
static void
list_insert_arena(pymalloc_state *st, struct arena_object *a,
                  struct arena_object *prev)
{
    a->prevarena = prev;
    a->nextarena = prev != NULL ? prev->nextarena : st->usable_arenas;
    if (a->nextarena != NULL) {
        a->nextarena->prevarena = a;
    }
    if (prev != NULL) {
        prev->nextarena = a;
    } else {
        st->usable_arenas = a;
    }
}

static void
unlink_usable_arena(pymalloc_state *st, struct arena_object *a)
{
    forget_last(st, a);
    list_remove_arena(st, a);
}

/* a is the head of usable_arenas (fewest free pools) and gave a pool. */
static void
arena_lost_pool(pymalloc_state *st, struct arena_object *a)
{
    if (a->nfreepools == a->ntotalpools) {
        st->empty_arenas--;
    }
    forget_last(st, a);
    a->nfreepools--;
    if (a->nfreepools == 0) {
        list_remove_arena(st, a); /* full arenas are on no list */
        return;
    }
    st->nfp2lasta[a->nfreepools] = a; /* still the head: none has fewer */
}

/* Every pool of arena a is free.  CPython unmaps such an arena at once
   (it keeps only the last one, bpo-37257), so a program that frees a
   burst of objects and then makes as many again maps the memory again
   and takes a page fault for each 4 KiB it touches (make bench's
   bursts show what that costs).  We keep up to max_empty_arenas
   empty arenas mapped instead.  The limit starts small so an idle
   program gives its memory back, and grows by one each time an arena
   must be mapped after one was unmapped (learn_from_remap()): a
   workload that cycles through N arenas soon keeps N, up to 64 MiB. */
static void
arena_became_empty(pymalloc_state *st, struct arena_object *a)
{
    if (st->empty_arenas < st->max_empty_arenas) {
        st->empty_arenas++;
        return;
    }
    unlink_usable_arena(st, a);
    release_arena(st, a);
    if (st->unmapped_owed < st->max_empty_limit) {
        st->unmapped_owed++;
    }
}

/* A pool of a became empty.  Arenas with more free pools sit further
   down the list, so a slides past the arenas that have its old count:
   just after nfp2lasta[old], the last of them. */
static void
arena_gained_pool(pymalloc_state *st, struct arena_object *a)
{
    struct arena_object *last_same = st->nfp2lasta[a->nfreepools];
    forget_last(st, a);
    a->nfreepools++;
    if (a->nfreepools == 1) {
        list_insert_arena(st, a, NULL); /* was full: it is the fullest */
    } else if (last_same != a) {
        list_remove_arena(st, a);
        list_insert_arena(st, a, last_same);
    }
    if (st->nfp2lasta[a->nfreepools] == NULL) {
        st->nfp2lasta[a->nfreepools] = a;
    }
    if (a->nfreepools == a->ntotalpools) {
        arena_became_empty(st, a);
    }
}

static void
release_excess_empty_arenas(pymalloc_state *st)
{
    struct arena_object *a = st->usable_arenas;
    while (a != NULL && st->empty_arenas > st->max_empty_arenas) {
        struct arena_object *next = a->nextarena;
        if (a->nfreepools == a->ntotalpools) {
            unlink_usable_arena(st, a);
            release_arena(st, a);
            st->empty_arenas--;
        }
        a = next;
    }
}

/* ------------------------------------------------------------- pools */

static void
push_usedpool(pymalloc_state *st, struct pool_header *pool)
{
    struct pool_header **head = &st->usedpools[pool->szidx];
    pool->prevpool = NULL;
    pool->nextpool = *head;
    if (*head != NULL) {
        (*head)->prevpool = pool;
    }
    *head = pool;
}

static void
unlink_usedpool(pymalloc_state *st, struct pool_header *pool)
{
    if (pool->prevpool != NULL) {
        pool->prevpool->nextpool = pool->nextpool;
    } else {
        st->usedpools[pool->szidx] = pool->nextpool;
    }
    if (pool->nextpool != NULL) {
        pool->nextpool->prevpool = pool->prevpool;
    }
}

static void
init_pool(struct pool_header *pool, unsigned int szidx, unsigned int arenaindex)
{
    pool->ref.count = 0;
    pool->freeblock = NULL;
    pool->arenaindex = arenaindex;
    pool->szidx = szidx;
    pool->nextoffset = POOL_OVERHEAD;
    pool->maxnextoffset = (unsigned int)(POOL_SIZE - INDEX2SIZE(szidx));
}

/* A pool emptied earlier if there is one: its memory is already
   touched.  Otherwise the next never-used pool. */
static struct pool_header *
take_pool(struct arena_object *a)
{
    struct pool_header *pool = a->freepools;
    if (pool != NULL) {
        a->freepools = pool->nextpool;
        return pool;
    }
    pool = (struct pool_header *)a->pool_address;
    a->pool_address += POOL_SIZE;
    return pool;
}

/* No pool of class szidx has a free block: start one, in the usable
   arena with the fewest free pools.  This runs once per pool, not once
   per block. */
static struct pool_header *
new_pool(pymalloc_state *st, unsigned int szidx)
{
    if (st->usable_arenas == NULL && new_arena(st) == NULL) {
        return NULL;
    }
    struct arena_object *a = st->usable_arenas;
    struct pool_header *pool = take_pool(a);
    arena_lost_pool(st, a);
    init_pool(pool, szidx, (unsigned int)(a - st->arenas));
    push_usedpool(st, pool);
    return pool;
}

static void
pool_became_empty(pymalloc_state *st, struct pool_header *pool)
{
    unlink_usedpool(st, pool);
    struct arena_object *a = &st->arenas[pool->arenaindex];
    pool->nextpool = a->freepools;
    a->freepools = pool;
    arena_gained_pool(st, a);
}

/* ------------------------------------------------------------ blocks */

/* Hand out a block of pool, which has one to give: the last one freed,
   or else the first never touched. */
static inline block *
take_block(pymalloc_state *st, struct pool_header *pool, unsigned int szidx)
{
    block *bp = pool->freeblock;
    if (bp != NULL) {
        pool->freeblock = *(block **)bp; /* reuse the last freed block */
    } else {
        bp = (block *)pool + pool->nextoffset; /* touch a new one */
        pool->nextoffset += (unsigned int)INDEX2SIZE(szidx);
    }
    pool->ref.count++;
    if (pool_is_full(pool)) {
        unlink_usedpool(st, pool);
    }
    return bp;
}

/* The slow path: once per pool, not once per block. */
static NOINLINE void *
alloc_from_new_pool(pymalloc_state *st, unsigned int szidx)
{
    struct pool_header *pool = new_pool(st, szidx);
    return pool != NULL ? take_block(st, pool, szidx) : NULL;
}

/* NULL when the request is not ours to serve: 0 or over 512 bytes, or
   no memory for a new arena. */
static inline void *
pymalloc_alloc(pymalloc_state *st, size_t nbytes)
{
    if (UNLIKELY(nbytes - 1 >= SMALL_REQUEST_THRESHOLD)) { /* 0 wraps */
        return NULL;
    }
    unsigned int szidx = (unsigned int)SIZE2INDEX(nbytes);
    struct pool_header *pool = st->usedpools[szidx];
    if (UNLIKELY(pool == NULL)) {
        return alloc_from_new_pool(st, szidx);
    }
    return take_block(st, pool, szidx);
}

/* false when p is not ours: it came from the system allocator. */
static inline bool
pymalloc_free(pymalloc_state *st, void *p)
{
    if (UNLIKELY(!address_in_range(st, p))) {
        return false;
    }
    struct pool_header *pool = pool_of(p);
    bool was_full = pool_is_full(pool);
    *(block **)p = pool->freeblock;
    pool->freeblock = p;
    pool->ref.count--;
    if (was_full) {
        push_usedpool(st, pool); /* first in line for the next request */
    } else if (UNLIKELY(pool->ref.count == 0)) {
        pool_became_empty(st, pool);
    }
    return true;
}

/* false when p is not ours.  Otherwise *newp is the resized block, or
   NULL if memory ran out (p is then untouched). */
static bool
pymalloc_realloc(pymalloc_state *st, void *p, size_t nbytes, void **newp)
{
    if (!address_in_range(st, p)) {
        return false;
    }
    size_t size = INDEX2SIZE(pool_of(p)->szidx);
    if (nbytes <= size) {
        /* It still fits.  Shrinking by less than a quarter is not worth
           a copy; by more, moving to a smaller class saves memory. */
        if (4 * nbytes > 3 * size) {
            *newp = p;
            return true;
        }
        size = nbytes;
    }
    void *bp = obmalloc_malloc(nbytes);
    if (bp != NULL) {
        memcpy(bp, p, size);
        pymalloc_free(st, p);
    }
    *newp = bp;
    return true;
}

/* ------------------------------------------------------- public API */

void *
obmalloc_malloc(size_t size)
{
    void *p = pymalloc_alloc(&pymalloc_global_state, size);
    return LIKELY(p != NULL) ? p : malloc(size ? size : 1);
}

void *
obmalloc_realloc(void *ptr, size_t size)
{
    if (ptr == NULL) {
        return obmalloc_malloc(size);
    }
    void *newp;
    if (pymalloc_realloc(&pymalloc_global_state, ptr, size, &newp)) {
        return newp;
    }
    /* A block from the system allocator stays there, even when it
       shrinks below 512 bytes: moving it would cost a copy. */
    return realloc(ptr, size ? size : 1);
}

void
obmalloc_free(void *ptr)
{
    if (ptr != NULL && UNLIKELY(!pymalloc_free(&pymalloc_global_state, ptr))) {
        free(ptr);
    }
}

bool
pymalloc_address_in_range(const void *p)
{
    return address_in_range(&pymalloc_global_state, p);
}

void
pymalloc_set_empty_arena_limits(size_t min_empty, size_t max_empty)
{
    pymalloc_state *st = &pymalloc_global_state;
    st->max_empty_limit = max_empty > min_empty ? max_empty : min_empty;
    st->max_empty_arenas = min_empty;
    st->unmapped_owed = 0;
    release_excess_empty_arenas(st);
}

void
pymalloc_set_arena_observer(pymalloc_arena_observer fn, void *ctx)
{
    pymalloc_global_state.observer = fn;
    pymalloc_global_state.observer_ctx = ctx;
}
