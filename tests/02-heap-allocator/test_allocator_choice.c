/* PyMem_SetupAllocator: the names PYTHONMALLOC knows, and MINIPY_MALLOC. */
#define _DEFAULT_SOURCE /* setenv */

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "debugmalloc.h"
#include "heap_test.h"

#include <stdlib.h>

/* Allocate, grow, check and free a few blocks with the current choice. */
static void
round_trip(bool small_ones_are_ours, bool debug)
{
    unsigned char *p = PyObject_Malloc(40);
    assert_non_null(p);
    assert_int_equal(pymalloc_address_in_range(debug ? p - 16 : p),
                     small_ones_are_ours);
    if (debug) {
        assert_int_equal(p[0], PYMEM_CLEANBYTE);
    }
    memset(p, 'r', 40);
    p = PyObject_Realloc(p, 4000);
    assert_int_equal(p[39], 'r');
    PyObject_Free(p);
    assert_heap_ok();
}

static int
back_to_pymalloc(void **state)
{
    (void)state;
    unsetenv("MINIPY_MALLOC");
    return PyMem_SetupAllocator("pymalloc");
}

static void
test_pymalloc_is_the_default(void **state)
{
    (void)state;
    assert_string_equal(PyMem_AllocatorName(), "pymalloc");
    round_trip(true, false);
}

static void
test_default_means_pymalloc(void **state)
{
    (void)state;
    assert_int_equal(PyMem_SetupAllocator("default"), 0);
    assert_string_equal(PyMem_AllocatorName(), "pymalloc");
    round_trip(true, false);
}

static void
test_malloc_sends_everything_to_the_c_library(void **state)
{
    (void)state;
    assert_int_equal(PyMem_SetupAllocator("malloc"), 0);
    assert_string_equal(PyMem_AllocatorName(), "malloc");
    round_trip(false, false);
}

static void
test_debug_puts_the_debug_layer_over_pymalloc(void **state)
{
    (void)state;
    assert_int_equal(PyMem_SetupAllocator("debug"), 0);
    assert_string_equal(PyMem_AllocatorName(), "pymalloc_debug");
    round_trip(true, true);
    assert_int_equal(PyMem_SetupAllocator("pymalloc_debug"), 0);
    assert_string_equal(PyMem_AllocatorName(), "pymalloc_debug");
    round_trip(true, true);
}

static void
test_malloc_debug_puts_the_debug_layer_over_malloc(void **state)
{
    (void)state;
    assert_int_equal(PyMem_SetupAllocator("malloc_debug"), 0);
    assert_string_equal(PyMem_AllocatorName(), "malloc_debug");
    round_trip(false, true);
}

static void
test_an_unknown_name_is_refused_and_changes_nothing(void **state)
{
    (void)state;
    assert_int_equal(PyMem_SetupAllocator("malloc"), 0);
    assert_int_equal(PyMem_SetupAllocator("mimalloc"), -1);
    assert_int_equal(PyMem_SetupAllocator("Debug"), -1);
    assert_string_equal(PyMem_AllocatorName(), "malloc");
    round_trip(false, false);
}

static void
test_the_environment_chooses_when_no_name_is_given(void **state)
{
    (void)state;
    assert_int_equal(setenv("MINIPY_MALLOC", "debug", 1), 0);
    assert_int_equal(PyMem_SetupAllocator(NULL), 0);
    assert_string_equal(PyMem_AllocatorName(), "pymalloc_debug");
    round_trip(true, true);
}

static void
test_an_empty_or_missing_environment_means_pymalloc(void **state)
{
    (void)state;
    assert_int_equal(setenv("MINIPY_MALLOC", "", 1), 0);
    assert_int_equal(PyMem_SetupAllocator(NULL), 0);
    assert_string_equal(PyMem_AllocatorName(), "pymalloc");
    assert_int_equal(unsetenv("MINIPY_MALLOC"), 0);
    assert_int_equal(PyMem_SetupAllocator(NULL), 0);
    assert_string_equal(PyMem_AllocatorName(), "pymalloc");
}

static void
test_a_bad_environment_value_is_refused(void **state)
{
    (void)state;
    assert_int_equal(setenv("MINIPY_MALLOC", "nonsense", 1), 0);
    assert_int_equal(PyMem_SetupAllocator(NULL), -1);
    assert_string_equal(PyMem_AllocatorName(), "pymalloc");
}

static void
test_an_explicit_name_wins_over_the_environment(void **state)
{
    (void)state;
    assert_int_equal(setenv("MINIPY_MALLOC", "debug", 1), 0);
    assert_int_equal(PyMem_SetupAllocator("malloc"), 0);
    assert_string_equal(PyMem_AllocatorName(), "malloc");
}

static void
test_raw_memory_always_comes_from_the_c_library(void **state)
{
    (void)state;
    const char *names[] = {"pymalloc", "debug", "malloc"};
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(PyMem_SetupAllocator(names[i]), 0);
        void *p = PyMem_RawMalloc(40);
        void *q = PyMem_RawCalloc(4, 10);
        assert_false(pymalloc_address_in_range(p));
        assert_false(pymalloc_address_in_range(q));
        p = PyMem_RawRealloc(p, 80);
        PyMem_RawFree(p);
        PyMem_RawFree(q);
    }
}

#define CHOICE_TEST(f) cmocka_unit_test_teardown(f, back_to_pymalloc)

int
main(void)
{
    const struct CMUnitTest tests[] = {
        CHOICE_TEST(test_pymalloc_is_the_default),
        CHOICE_TEST(test_default_means_pymalloc),
        CHOICE_TEST(test_malloc_sends_everything_to_the_c_library),
        CHOICE_TEST(test_debug_puts_the_debug_layer_over_pymalloc),
        CHOICE_TEST(test_malloc_debug_puts_the_debug_layer_over_malloc),
        CHOICE_TEST(test_an_unknown_name_is_refused_and_changes_nothing),
        CHOICE_TEST(test_the_environment_chooses_when_no_name_is_given),
        CHOICE_TEST(test_an_empty_or_missing_environment_means_pymalloc),
        CHOICE_TEST(test_a_bad_environment_value_is_refused),
        CHOICE_TEST(test_an_explicit_name_wins_over_the_environment),
        CHOICE_TEST(test_raw_memory_always_comes_from_the_c_library),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
