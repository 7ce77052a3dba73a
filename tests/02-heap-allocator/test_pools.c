/* Pools: used, full, used again, empty; and the usedpools lists. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "heap_test.h"

enum { CLASS_512 = 31, BLOCKS_512 = 31 };

/* A fresh pool of the 512-byte class, filled to capacity. */
typedef struct {
    void *blocks[BLOCKS_512];
    junkyard junk;
} full_pool;

static void
fill_a_fresh_pool(full_pool *f)
{
    f->junk.n = 0;
    f->blocks[0] = first_block_of_fresh_pool(512, &f->junk);
    for (int i = 1; i < BLOCKS_512; i++) {
        f->blocks[i] = PyObject_Malloc(512);
    }
}

static void
free_pool_blocks(full_pool *f, int from)
{
    for (int i = from; i < BLOCKS_512; i++) {
        PyObject_Free(f->blocks[i]);
    }
    free_junk(&f->junk);
}

static void
test_a_new_pool_goes_to_the_head_of_usedpools(void **state)
{
    (void)state;
    junkyard junk = {.n = 0};
    void *p = first_block_of_fresh_pool(256, &junk);
    pymalloc_pool_info info = pool_info(p);
    assert_int_equal(info.state, PYMALLOC_POOL_USED);
    assert_int_equal(info.count, 1);
    assert_true(pool_in_usedpools(info.address, info.szidx, true));
    PyObject_Free(p);
    free_junk(&junk);
    assert_heap_ok();
}

static void
test_a_pool_leaves_usedpools_when_full(void **state)
{
    (void)state;
    full_pool f;
    fill_a_fresh_pool(&f);
    pymalloc_pool_info info = pool_info(f.blocks[0]);
    assert_int_equal(info.state, PYMALLOC_POOL_FULL);
    assert_int_equal(info.count, BLOCKS_512);
    assert_int_equal(info.capacity, BLOCKS_512);
    assert_false(pool_in_usedpools(info.address, CLASS_512, false));
    for (int i = 1; i < BLOCKS_512; i++) {
        assert_int_equal(pool_info(f.blocks[i]).address, info.address);
    }
    assert_heap_ok();
    free_pool_blocks(&f, 0);
}

static void
test_a_full_pool_rejoins_usedpools_at_the_head_on_a_free(void **state)
{
    (void)state;
    full_pool f;
    fill_a_fresh_pool(&f);
    uintptr_t pool = pool_info(f.blocks[0]).address;
    PyObject_Free(f.blocks[7]);
    pymalloc_pool_info info = pool_info(f.blocks[0]);
    assert_int_equal(info.state, PYMALLOC_POOL_USED);
    assert_int_equal(info.count, BLOCKS_512 - 1);
    assert_true(pool_in_usedpools(pool, CLASS_512, true));
    /* and the next request of its class gets the freed block back */
    void *again = PyObject_Malloc(500);
    assert_ptr_equal(again, f.blocks[7]);
    f.blocks[7] = again;
    assert_heap_ok();
    free_pool_blocks(&f, 0);
}

static void
test_a_pool_whose_blocks_are_all_free_goes_to_its_arena(void **state)
{
    (void)state;
    full_pool f;
    fill_a_fresh_pool(&f);
    uintptr_t pool = pool_info(f.blocks[0]).address;
    pymalloc_set_empty_arena_limits(1, 1); /* keep the arena mapped */
    free_pool_blocks(&f, 0);
    pymalloc_pool_info info = pool_info((void *)pool);
    assert_int_equal(info.state, PYMALLOC_POOL_EMPTY);
    assert_int_equal(info.count, 0);
    assert_false(pool_in_usedpools(pool, CLASS_512, false));
    assert_heap_ok();
}

static void
test_an_emptied_pool_is_reused_before_a_never_used_one(void **state)
{
    (void)state;
    pymalloc_set_empty_arena_limits(1, 1);
    full_pool f;
    fill_a_fresh_pool(&f);
    uintptr_t pool = pool_info(f.blocks[0]).address;
    free_pool_blocks(&f, 0);
    uintptr_t head;
    assert_true(pymalloc_get_usable_arenas(&head, 1) >= 1);
    assert_int_equal(head, arena_of((void *)pool)); /* only arena in use */
    /* The 496-byte class has no pool yet: the request starts one, and
       gets the pool just emptied, now serving another size class. */
    assert_int_equal(pymalloc_get_usedpools(30, NULL, 0), 0);
    void *p = PyObject_Malloc(490);
    pymalloc_pool_info info = pool_info(p);
    assert_int_equal(info.address, pool);
    assert_int_equal(info.szidx, 30);
    assert_int_equal((uintptr_t)p - pool, POOL_OVERHEAD);
    PyObject_Free(p);
    assert_heap_ok();
}

static void
test_blocks_in_use_are_counted_per_pool(void **state)
{
    (void)state;
    junkyard junk = {.n = 0};
    void *b[10];
    b[0] = first_block_of_fresh_pool(32, &junk);
    for (unsigned int i = 1; i < 10; i++) {
        b[i] = PyObject_Malloc(32);
        assert_int_equal(pool_info(b[0]).count, i + 1);
    }
    for (unsigned int i = 0; i < 5; i++) {
        PyObject_Free(b[i]);
    }
    pymalloc_pool_info info = pool_info(b[9]);
    assert_int_equal(info.count, 5);
    assert_int_equal(info.nfree, 5);
    assert_int_equal(info.nextoffset, POOL_OVERHEAD + 10 * 32);
    for (unsigned int i = 5; i < 10; i++) {
        PyObject_Free(b[i]);
    }
    free_junk(&junk);
    assert_heap_ok();
}

static void
test_each_class_has_its_own_usedpools_list(void **state)
{
    (void)state;
    void *p[NB_SMALL_SIZE_CLASSES];
    for (unsigned int i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
        p[i] = PyObject_Malloc(INDEX2SIZE(i));
    }
    for (unsigned int i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
        pymalloc_pool_info info = pool_info(p[i]);
        assert_int_equal(info.szidx, i);
        assert_true(pool_in_usedpools(info.address, i, true));
        for (unsigned int k = 0; k < NB_SMALL_SIZE_CLASSES; k++) {
            assert_true(k == i || !pool_in_usedpools(info.address, k, false));
        }
    }
    for (unsigned int i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
        PyObject_Free(p[i]);
    }
    assert_heap_ok();
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_new_pool_goes_to_the_head_of_usedpools),
        cmocka_unit_test(test_a_pool_leaves_usedpools_when_full),
        cmocka_unit_test(
            test_a_full_pool_rejoins_usedpools_at_the_head_on_a_free),
        cmocka_unit_test(
            test_a_pool_whose_blocks_are_all_free_goes_to_its_arena),
        cmocka_unit_test(
            test_an_emptied_pool_is_reused_before_a_never_used_one),
        cmocka_unit_test(test_blocks_in_use_are_counted_per_pool),
        cmocka_unit_test(test_each_class_has_its_own_usedpools_list),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
