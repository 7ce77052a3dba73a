/* Blocks: which size class a request lands in, alignment, reuse order. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "heap_test.h"

static void
expect_class(size_t nbytes, unsigned int szidx)
{
    void *p = PyObject_Malloc(nbytes);
    assert_non_null(p);
    assert_true(pymalloc_address_in_range(p));
    pymalloc_pool_info info = pool_info(p);
    assert_int_equal(info.szidx, szidx);
    assert_int_equal(info.block_size, (szidx + 1) * 16);
    PyObject_Free(p);
}

static void
test_1_byte_uses_the_16_byte_class(void **state)
{
    (void)state;
    expect_class(1, 0);
}

static void
test_16_bytes_use_the_16_byte_class(void **state)
{
    (void)state;
    expect_class(16, 0);
}

static void
test_17_bytes_use_the_32_byte_class(void **state)
{
    (void)state;
    expect_class(17, 1);
}

static void
test_512_bytes_use_the_last_class(void **state)
{
    (void)state;
    expect_class(512, 31);
}

static void
test_513_bytes_go_to_the_system_allocator(void **state)
{
    (void)state;
    char *p = PyObject_Malloc(513);
    assert_non_null(p);
    assert_false(pymalloc_address_in_range(p));
    memset(p, 'x', 513);
    PyObject_Free(p);
}

static void
test_0_bytes_go_to_the_system_allocator(void **state)
{
    (void)state;
    void *p = PyObject_Malloc(0);
    void *q = PyObject_Malloc(0);
    assert_non_null(p);
    assert_non_null(q);
    assert_ptr_not_equal(p, q);
    assert_false(pymalloc_address_in_range(p));
    assert_false(pymalloc_address_in_range(q));
    PyObject_Free(p);
    PyObject_Free(q);
}

static void
test_every_size_lands_in_its_class(void **state)
{
    (void)state;
    for (size_t n = 1; n <= SMALL_REQUEST_THRESHOLD; n++) {
        char *p = PyObject_Malloc(n);
        pymalloc_pool_info info = pool_info(p);
        assert_int_equal(info.szidx, (n - 1) / 16);
        assert_in_range(info.block_size, n, n + 15);
        memset(p, 0xAB, n); /* the whole request is usable */
        PyObject_Free(p);
    }
    assert_heap_ok();
}

static void
test_the_class_sizes_and_block_counts_are_cpythons(void **state)
{
    (void)state;
    assert_int_equal(NB_SMALL_SIZE_CLASSES, 32);
    assert_int_equal(NUMBLOCKS(0), 1021);
    assert_int_equal(NUMBLOCKS(1), 510);
    assert_int_equal(NUMBLOCKS(31), 31);
    assert_int_equal(POOLS_PER_ARENA, 64);
}

static void
test_every_block_is_16_byte_aligned(void **state)
{
    (void)state;
    enum { PER_SIZE = 40 };
    static void *blocks[SMALL_REQUEST_THRESHOLD + 1][PER_SIZE];
    for (size_t n = 0; n <= SMALL_REQUEST_THRESHOLD; n++) {
        for (size_t i = 0; i < PER_SIZE; i++) {
            blocks[n][i] = PyObject_Malloc(n);
            assert_int_equal((uintptr_t)blocks[n][i] % ALIGNMENT, 0);
        }
    }
    for (size_t n = 0; n <= SMALL_REQUEST_THRESHOLD; n++) {
        for (size_t i = 0; i < PER_SIZE; i++) {
            PyObject_Free(blocks[n][i]);
        }
    }
    assert_heap_ok();
}

static void
test_blocks_of_one_class_do_not_overlap(void **state)
{
    (void)state;
    enum { N = 3000 };
    static char *blocks[N];
    for (size_t i = 0; i < N; i++) {
        blocks[i] = PyObject_Malloc(48);
        memset(blocks[i], (int)(i & 0xFF), 48);
    }
    for (size_t i = 0; i < N; i++) {
        for (size_t k = 0; k < 48; k++) {
            assert_int_equal((unsigned char)blocks[i][k], i & 0xFF);
        }
        PyObject_Free(blocks[i]);
    }
    assert_heap_ok();
}

/* Three consecutive blocks at the start of a fresh pool. */
static void
three_in_a_fresh_pool(size_t nbytes, void *out[3], junkyard *junk)
{
    out[0] = first_block_of_fresh_pool(nbytes, junk);
    out[1] = PyObject_Malloc(nbytes);
    out[2] = PyObject_Malloc(nbytes);
}

static void
test_the_block_freed_last_is_reused_first(void **state)
{
    (void)state;
    junkyard junk = {.n = 0};
    void *b[3];
    three_in_a_fresh_pool(64, b, &junk);
    PyObject_Free(b[1]);
    PyObject_Free(b[2]);
    void *first = PyObject_Malloc(64);
    void *second = PyObject_Malloc(64);
    assert_ptr_equal(first, b[2]);
    assert_ptr_equal(second, b[1]);
    PyObject_Free(first);
    PyObject_Free(second);
    PyObject_Free(b[0]);
    free_junk(&junk);
    assert_heap_ok();
}

static void
test_a_freed_block_is_reused_at_once(void **state)
{
    (void)state;
    /* Why id([]) == id([]) in CPython, in C. */
    junkyard junk = {.n = 0};
    void *keep = first_block_of_fresh_pool(56, &junk);
    void *a = PyObject_Malloc(56);
    uintptr_t id_a = (uintptr_t)a;
    PyObject_Free(a);
    void *b = PyObject_Malloc(56);
    assert_int_equal((uintptr_t)b, id_a);
    PyObject_Free(b);
    PyObject_Free(keep);
    free_junk(&junk);
}

static void
test_the_free_list_is_visible_in_order(void **state)
{
    (void)state;
    junkyard junk = {.n = 0};
    void *b[3];
    three_in_a_fresh_pool(100, b, &junk);
    pymalloc_pool_info info = pool_info(b[0]);
    PyObject_Free(b[1]);
    PyObject_Free(b[2]);
    unsigned int offsets[4];
    assert_int_equal(pymalloc_get_free_offsets(info.address, offsets, 4), 2);
    assert_int_equal(offsets[0], (uintptr_t)b[2] - info.address);
    assert_int_equal(offsets[1], (uintptr_t)b[1] - info.address);
    PyObject_Free(b[0]);
    free_junk(&junk);
}

static void
test_untouched_blocks_are_carved_in_address_order(void **state)
{
    (void)state;
    junkyard junk = {.n = 0};
    void *b[3];
    three_in_a_fresh_pool(200, b, &junk);
    pymalloc_pool_info info = pool_info(b[2]);
    assert_int_equal((uintptr_t)b[0] - info.address, POOL_OVERHEAD);
    assert_int_equal((uintptr_t)b[1] - (uintptr_t)b[0], 208);
    assert_int_equal((uintptr_t)b[2] - (uintptr_t)b[1], 208);
    assert_int_equal(info.nextoffset, POOL_OVERHEAD + 3 * 208);
    assert_int_equal(info.nfree, 0);
    for (int i = 0; i < 3; i++) {
        PyObject_Free(b[i]);
    }
    free_junk(&junk);
    assert_heap_ok();
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_1_byte_uses_the_16_byte_class),
        cmocka_unit_test(test_16_bytes_use_the_16_byte_class),
        cmocka_unit_test(test_17_bytes_use_the_32_byte_class),
        cmocka_unit_test(test_512_bytes_use_the_last_class),
        cmocka_unit_test(test_513_bytes_go_to_the_system_allocator),
        cmocka_unit_test(test_0_bytes_go_to_the_system_allocator),
        cmocka_unit_test(test_every_size_lands_in_its_class),
        cmocka_unit_test(test_the_class_sizes_and_block_counts_are_cpythons),
        cmocka_unit_test(test_every_block_is_16_byte_aligned),
        cmocka_unit_test(test_blocks_of_one_class_do_not_overlap),
        cmocka_unit_test(test_the_block_freed_last_is_reused_first),
        cmocka_unit_test(test_a_freed_block_is_reused_at_once),
        cmocka_unit_test(test_the_free_list_is_visible_in_order),
        cmocka_unit_test(test_untouched_blocks_are_carved_in_address_order),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
