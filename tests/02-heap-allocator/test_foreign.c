/* "Is this pointer ours?" must be right for every pointer, because
   PyObject_Free has no size argument and hands what is not ours to
   free().  Pointers from malloc, the stack, static data, absurd
   addresses, and addresses next to our arenas. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "heap_test.h"

#include <malloc.h>
#include <stdlib.h>

static char static_buffer[4096];
static const int static_constant = 42;

static uint64_t rng = 0x2545F4914F6CDD1Du;

static uint64_t
next_random(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* Several arenas of live blocks, so there is something to be near. */
enum { LIVE = 60000 };
static void *live[LIVE];

static int
make_some_arenas(void **state)
{
    (void)state;
    for (size_t i = 0; i < LIVE; i++) {
        live[i] = PyObject_Malloc(1 + i % 512);
    }
    return 0;
}

static int
free_the_arenas(void **state)
{
    (void)state;
    for (size_t i = 0; i < LIVE; i++) {
        PyObject_Free(live[i]);
    }
    return 0;
}

/* The truth, the slow way: is address inside one of the arenas? */
static bool
in_some_arena(uintptr_t address, const pymalloc_arena_info *arenas, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (address - arenas[i].address < ARENA_SIZE) {
            return true;
        }
    }
    return false;
}

static void
test_malloc_pointers_are_not_ours(void **state)
{
    (void)state;
    enum { N = 2000 };
    void *p[N];
    for (size_t i = 0; i < N; i++) {
        size_t size = i % 3 == 0 ? 1 + i % 512 : 1 + i * 97 % 200000;
        p[i] = malloc(size);
        assert_false(pymalloc_address_in_range(p[i]));
    }
    for (size_t i = 0; i < N; i++) {
        free(p[i]);
    }
    void *c = calloc(10, 10);
    assert_false(pymalloc_address_in_range(c));
    free(c);
}

static bool
stack_is_not_ours(int depth)
{
    char local[64];
    local[0] = (char)depth;
    bool mine = pymalloc_address_in_range(local) ||
                pymalloc_address_in_range(&local[63]) ||
                pymalloc_address_in_range(&depth);
    if (depth > 0) {
        mine = mine || !stack_is_not_ours(depth - 1);
    }
    return !mine && local[0] == (char)depth;
}

static void
test_stack_addresses_are_not_ours(void **state)
{
    assert_false(pymalloc_address_in_range(&state));
    assert_true(stack_is_not_ours(200));
}

static void
test_static_data_is_not_ours(void **state)
{
    (void)state;
    assert_false(pymalloc_address_in_range(static_buffer));
    assert_false(pymalloc_address_in_range(&static_buffer[4095]));
    assert_false(pymalloc_address_in_range(&static_constant));
    assert_false(pymalloc_address_in_range("a string literal"));
    assert_false(pymalloc_address_in_range(&rng));
}

static void
test_absurd_addresses_are_not_ours(void **state)
{
    (void)state;
    const uintptr_t addresses[] = {
        0,
        1,
        ARENA_SIZE,
        (uintptr_t)1 << 47,
        ((uintptr_t)1 << 48) - 1,
        (uintptr_t)1 << 48,
        (uintptr_t)0xFFFF800000000000u,
        UINTPTR_MAX,
        UINTPTR_MAX - ARENA_SIZE + 1,
    };
    for (size_t i = 0; i < sizeof addresses / sizeof addresses[0]; i++) {
        assert_false(pymalloc_address_in_range((void *)addresses[i]));
    }
}

static void
test_every_byte_of_an_arena_is_ours_and_its_neighbours_are_not(void **state)
{
    (void)state;
    static pymalloc_arena_info arenas[256];
    size_t n = pymalloc_get_arenas(arenas, 256);
    assert_true(n >= 3 && n <= 256);
    for (size_t i = 0; i < n; i++) {
        uintptr_t a = arenas[i].address;
        for (uintptr_t p = a; p < a + ARENA_SIZE; p++) {
            assert_true(pymalloc_address_in_range((void *)p));
        }
        assert_true(pymalloc_address_in_range((void *)(a + ARENA_SIZE - 1)));
        assert_int_equal(pymalloc_address_in_range((void *)(a - 1)),
                         in_some_arena(a - 1, arenas, n));
        assert_int_equal(pymalloc_address_in_range((void *)(a + ARENA_SIZE)),
                         in_some_arena(a + ARENA_SIZE, arenas, n));
    }
}

static void
test_the_lookup_agrees_with_the_arena_list_everywhere(void **state)
{
    (void)state;
    static pymalloc_arena_info arenas[256];
    size_t n = pymalloc_get_arenas(arenas, 256);
    for (long i = 0; i < 1000000; i++) {
        uintptr_t p = (uintptr_t)next_random();
        switch (i % 4) {
        case 0: /* anywhere at all */
            break;
        case 1: /* anywhere in user space */
            p &= ((uintptr_t)1 << 47) - 1;
            break;
        default: /* within 4 MiB of one of our arenas */
            p = arenas[p % n].address + (p >> 32) % (8 * ARENA_SIZE) -
                4 * ARENA_SIZE;
        }
        if (pymalloc_address_in_range((void *)p) !=
            in_some_arena(p, arenas, n)) {
            fail_msg("lookup wrong for %p", (void *)p);
        }
    }
}

static size_t
system_mapped_bytes(void)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
    return mallinfo2().hblkhd;
#else
    return 0;
#endif
}

static void
test_PyObject_Free_hands_a_malloc_pointer_to_free(void **state)
{
    (void)state;
    /* glibc serves 64 MiB with mmap and unmaps it on free: watch that.
       Under valgrind or a sanitizer, malloc is not glibc's and we
       cannot watch; valgrind's leak check then does the job. */
    const size_t big = (size_t)64 << 20;
    size_t before = system_mapped_bytes();
    void *p = malloc(big);
    assert_non_null(p);
    size_t during = system_mapped_bytes();
    PyObject_Free(p);
    if (during < before + big) {
        skip();
    }
    assert_true(system_mapped_bytes() + big <= during);
}

static void
test_PyObject_Realloc_hands_a_malloc_pointer_to_realloc(void **state)
{
    (void)state;
    char *p = malloc(100);
    memset(p, 'm', 100);
    char *q = PyObject_Realloc(p, 50);
    assert_false(pymalloc_address_in_range(q));
    for (int i = 0; i < 50; i++) {
        assert_int_equal(q[i], 'm');
    }
    q = PyObject_Realloc(q, 3000);
    assert_int_equal(q[49], 'm');
    PyObject_Free(q);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_malloc_pointers_are_not_ours),
        cmocka_unit_test(test_stack_addresses_are_not_ours),
        cmocka_unit_test(test_static_data_is_not_ours),
        cmocka_unit_test(test_absurd_addresses_are_not_ours),
        cmocka_unit_test(
            test_every_byte_of_an_arena_is_ours_and_its_neighbours_are_not),
        cmocka_unit_test(test_the_lookup_agrees_with_the_arena_list_everywhere),
        cmocka_unit_test(test_PyObject_Free_hands_a_malloc_pointer_to_free),
        cmocka_unit_test(
            test_PyObject_Realloc_hands_a_malloc_pointer_to_realloc),
    };
    return cmocka_run_group_tests(tests, make_some_arenas, free_the_arenas);
}
