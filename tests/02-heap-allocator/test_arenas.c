/* Arenas: mapping, ordering, release to the OS, reuse, hysteresis.
   The tests run in order in one process and start from a heap with no
   live block, which each test restores before it ends. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "heap_test.h"

enum {
    BLOCKS_PER_ARENA = POOLS_PER_ARENA * 31, /* of 512 bytes */
    MAX_ARENAS = 8,
};

static void *blocks[MAX_ARENAS * BLOCKS_PER_ARENA];

static struct {
    size_t maps, unmaps;
    uintptr_t unmapped[64];
} seen;

static void
observe(bool mapped, uintptr_t address, void *ctx)
{
    (void)ctx;
    if (mapped) {
        seen.maps++;
    } else if (seen.unmaps < 64) {
        seen.unmapped[seen.unmaps++] = address;
    }
}

/* With no other live block, fills exactly n arenas. */
static void
fill_arenas(size_t n)
{
    for (size_t i = 0; i < n * BLOCKS_PER_ARENA; i++) {
        blocks[i] = PyObject_Malloc(512);
    }
}

static void
free_arenas(size_t n)
{
    for (size_t i = 0; i < n * BLOCKS_PER_ARENA; i++) {
        PyObject_Free(blocks[i]);
    }
}

static int
setup(void **state)
{
    (void)state;
    pymalloc_set_empty_arena_limits(0, 0);
    seen.maps = seen.unmaps = 0;
    pymalloc_set_arena_observer(observe, NULL);
    return 0;
}

static int
teardown(void **state)
{
    (void)state;
    assert_heap_ok();
    assert_int_equal(heap_stats().blocks_in_use, 0);
    pymalloc_set_arena_observer(NULL, NULL);
    return 0;
}

static void
test_the_first_block_maps_an_arena_aligned_to_its_size(void **state)
{
    (void)state;
    assert_int_equal(heap_stats().arenas_current, 0);
    void *p = PyObject_Malloc(10);
    pymalloc_arena_info arena;
    assert_int_equal(pymalloc_get_arenas(&arena, 1), 1);
    assert_int_equal(arena.address % ARENA_SIZE, 0);
    assert_int_equal(arena.address, arena_of(p));
    assert_int_equal(arena.ntotalpools, 64);
    assert_int_equal(arena.nfreepools, 63);
    assert_int_equal(seen.maps, 1);
    PyObject_Free(p);
}

static void
test_pools_are_carved_from_an_arena_in_address_order(void **state)
{
    (void)state;
    void *p[3];
    for (unsigned int i = 0; i < 3; i++) {
        p[i] = PyObject_Malloc(INDEX2SIZE(i));
    }
    uintptr_t arena = arena_of(p[0]);
    static pymalloc_pool_info pools[POOLS_PER_ARENA];
    assert_int_equal(pymalloc_get_pools(arena, pools, POOLS_PER_ARENA), 64);
    for (unsigned int i = 0; i < 3; i++) {
        assert_int_equal(pools[i].address, arena + i * POOL_SIZE);
        assert_int_equal(pools[i].state, PYMALLOC_POOL_USED);
        assert_int_equal(pools[i].szidx, i);
        assert_int_equal(pool_info(p[i]).address, pools[i].address);
    }
    for (unsigned int i = 3; i < POOLS_PER_ARENA; i++) {
        assert_int_equal(pools[i].state, PYMALLOC_POOL_NEVER_USED);
    }
    for (unsigned int i = 0; i < 3; i++) {
        PyObject_Free(p[i]);
    }
}

static void
test_an_empty_arena_beyond_the_limit_goes_back_to_the_os(void **state)
{
    (void)state;
    pymalloc_set_empty_arena_limits(1, 1);
    pymalloc_stats before = heap_stats();
    fill_arenas(3);
    pymalloc_arena_info arenas[3];
    assert_int_equal(pymalloc_get_arenas(arenas, 3), 3);
    assert_int_equal(heap_stats().arenas_current, 3);
    free_arenas(3);
    pymalloc_stats after = heap_stats();
    assert_int_equal(after.arenas_current, 1);
    assert_int_equal(after.empty_arenas, 1);
    assert_int_equal(after.arenas_reclaimed, before.arenas_reclaimed + 2);
    assert_int_equal(seen.unmaps, 2);
    for (size_t i = 0; i < seen.unmaps; i++) {
        /* The memory is gone, and so is the claim on its addresses. */
        assert_false(pymalloc_address_in_range((void *)seen.unmapped[i]));
    }
}

static void
test_a_kept_empty_arena_is_reused(void **state)
{
    (void)state;
    pymalloc_set_empty_arena_limits(1, 1);
    fill_arenas(2);
    free_arenas(2);
    pymalloc_arena_info kept;
    assert_int_equal(pymalloc_get_arenas(&kept, 1), 1);
    assert_int_equal(kept.nfreepools, 64);
    size_t total = heap_stats().arenas_allocated_total;
    void *p = PyObject_Malloc(300);
    assert_int_equal(arena_of(p), kept.address);
    assert_int_equal(heap_stats().arenas_allocated_total, total);
    assert_int_equal(heap_stats().empty_arenas, 0);
    PyObject_Free(p);
}

static void
test_a_partly_used_arena_is_never_unmapped(void **state)
{
    (void)state;
    pymalloc_set_empty_arena_limits(0, 0);
    fill_arenas(2);
    void *survivor = blocks[BLOCKS_PER_ARENA]; /* in the second arena */
    blocks[BLOCKS_PER_ARENA] = NULL;
    free_arenas(2);
    assert_true(pymalloc_address_in_range(survivor));
    assert_int_equal(heap_stats().arenas_current, 1);
    assert_int_equal(heap_stats().blocks_in_use, 1);
    PyObject_Free(survivor);
    assert_int_equal(heap_stats().arenas_current, 0);
}

static void
test_usable_arenas_are_sorted_fullest_first(void **state)
{
    (void)state;
    pymalloc_set_empty_arena_limits(0, 0);
    fill_arenas(3);
    /* Free 40 pools' worth in the first arena, 10 in the third. */
    for (size_t i = 0; i < 40 * 31; i++) {
        PyObject_Free(blocks[i]);
        blocks[i] = NULL;
    }
    for (size_t i = 2 * BLOCKS_PER_ARENA; i < 2 * BLOCKS_PER_ARENA + 310; i++) {
        PyObject_Free(blocks[i]);
        blocks[i] = NULL;
    }
    uintptr_t usable[4];
    assert_int_equal(pymalloc_get_usable_arenas(usable, 4), 2);
    assert_int_equal(usable[0], arena_of(blocks[2 * BLOCKS_PER_ARENA + 310]));
    assert_int_equal(usable[1], arena_of(blocks[40 * 31]));
    /* New pools come from the fullest arena. */
    void *p = PyObject_Malloc(16);
    assert_int_equal(arena_of(p), usable[0]);
    PyObject_Free(p);
    assert_heap_ok();
    free_arenas(3);
}

static void
test_the_limit_grows_when_an_unmapped_arena_is_needed_again(void **state)
{
    (void)state;
    pymalloc_set_empty_arena_limits(1, 8);
    fill_arenas(4);
    free_arenas(4);
    assert_int_equal(heap_stats().arenas_current, 1);
    assert_int_equal(seen.unmaps, 3);
    fill_arenas(4); /* maps 3 arenas again: 3 unmaps were premature */
    assert_int_equal(seen.maps, 4 + 3);
    assert_int_equal(heap_stats().empty_arena_limit, 4);
    free_arenas(4);
    assert_int_equal(seen.unmaps, 3); /* none this time */
    assert_int_equal(heap_stats().arenas_current, 4);
    assert_int_equal(heap_stats().empty_arenas, 4);
    fill_arenas(4); /* and no new mapping either */
    assert_int_equal(seen.maps, 7);
    free_arenas(4);
}

static void
test_the_limit_stops_at_its_maximum(void **state)
{
    (void)state;
    pymalloc_set_empty_arena_limits(0, 2);
    for (int round = 0; round < 3; round++) {
        fill_arenas(5);
        free_arenas(5);
    }
    assert_int_equal(heap_stats().empty_arena_limit, 2);
    assert_int_equal(heap_stats().arenas_current, 2);
}

static void
test_lowering_the_limit_unmaps_the_excess_at_once(void **state)
{
    (void)state;
    pymalloc_set_empty_arena_limits(4, 4);
    fill_arenas(4);
    free_arenas(4);
    assert_int_equal(heap_stats().arenas_current, 4);
    pymalloc_set_empty_arena_limits(1, 1);
    assert_int_equal(heap_stats().arenas_current, 1);
    assert_int_equal(seen.unmaps, 3);
    pymalloc_set_empty_arena_limits(0, 0);
    assert_int_equal(heap_stats().arenas_current, 0);
}

static void
test_metadata_is_small(void **state)
{
    (void)state;
    fill_arenas(2);
    pymalloc_stats stats = heap_stats();
    assert_int_equal(stats.mapped_bytes, 2 * ARENA_SIZE);
    assert_true(stats.metadata_bytes < 64 * 1024);
    free_arenas(2);
}

#define ARENA_TEST(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int
main(void)
{
    const struct CMUnitTest tests[] = {
        ARENA_TEST(test_the_first_block_maps_an_arena_aligned_to_its_size),
        ARENA_TEST(test_pools_are_carved_from_an_arena_in_address_order),
        ARENA_TEST(test_an_empty_arena_beyond_the_limit_goes_back_to_the_os),
        ARENA_TEST(test_a_kept_empty_arena_is_reused),
        ARENA_TEST(test_a_partly_used_arena_is_never_unmapped),
        ARENA_TEST(test_usable_arenas_are_sorted_fullest_first),
        ARENA_TEST(test_the_limit_grows_when_an_unmapped_arena_is_needed_again),
        ARENA_TEST(test_the_limit_stops_at_its_maximum),
        ARENA_TEST(test_lowering_the_limit_unmaps_the_excess_at_once),
        ARENA_TEST(test_metadata_is_small),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
