#ifndef HEAP_TEST_H
#define HEAP_TEST_H

/* Helpers shared by chapter 2's suites.  Include after cmocka.h. */

#include "obmalloc.h"
#include "pymem.h"

#include <stdint.h>
#include <string.h>

static inline void
assert_heap_ok(void)
{
    char why[256];
    if (pymalloc_check_invariants(why, sizeof why) != 0) {
        fail_msg("heap invariant broken: %s", why);
    }
}

static inline pymalloc_pool_info
pool_info(const void *p)
{
    pymalloc_pool_info info;
    assert_true(pymalloc_pool_of(p, &info));
    return info;
}

static inline pymalloc_stats
heap_stats(void)
{
    pymalloc_stats stats;
    pymalloc_get_stats(&stats);
    return stats;
}

static inline uintptr_t
arena_of(const void *p)
{
    return (uintptr_t)p & ~(uintptr_t)(ARENA_SIZE - 1);
}

/* Is pool at the head of usedpools[szidx]?  Anywhere in it? */
static inline bool
pool_in_usedpools(uintptr_t pool, unsigned int szidx, bool head_only)
{
    uintptr_t pools[4096];
    size_t n = pymalloc_get_usedpools(szidx, pools, 4096);
    for (size_t i = 0; i < n && i < 4096; i++) {
        if (pools[i] == pool) {
            return !head_only || i == 0;
        }
    }
    return false;
}

/* Blocks allocated only to reach a fresh pool.  They stay allocated
   until the test ends, so that no free reorders usedpools meanwhile. */
typedef struct {
    void *blocks[1100];
    size_t n;
} junkyard;

/* Allocates until a block is the first of a freshly started pool. */
static inline void *
first_block_of_fresh_pool(size_t nbytes, junkyard *junk)
{
    for (;;) {
        void *p = PyObject_Malloc(nbytes);
        pymalloc_pool_info info = pool_info(p);
        if (info.count == 1 &&
            info.nextoffset == POOL_OVERHEAD + info.block_size) {
            return p;
        }
        assert_true(junk->n < sizeof junk->blocks / sizeof(void *));
        junk->blocks[junk->n++] = p;
    }
}

static inline void
free_junk(junkyard *junk)
{
    while (junk->n > 0) {
        PyObject_Free(junk->blocks[--junk->n]);
    }
}

#endif
