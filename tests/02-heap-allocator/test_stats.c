/* The _debugmallocstats report, the statistics, and the invariant
   checker itself: it must notice damage, not only bless a good heap. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "heap_test.h"

#include <stdlib.h>

enum { REPORT_MAX = 16384 };

static char *
report(void)
{
    static char text[REPORT_MAX];
    FILE *f = tmpfile();
    assert_non_null(f);
    pymalloc_print_stats(f);
    rewind(f);
    size_t n = fread(text, 1, REPORT_MAX - 1, f);
    text[n] = '\0';
    fclose(f);
    return text;
}

/* The number after the '=' on the first line that starts with label. */
static size_t
value_of(const char *text, const char *label)
{
    const char *line = strstr(text, label);
    assert_non_null(line);
    const char *p = strchr(line, '=');
    assert_non_null(p);
    size_t value = 0;
    for (p++; *p != '\n'; p++) {
        if (*p >= '0' && *p <= '9') {
            value = value * 10 + (size_t)(*p - '0');
        }
    }
    return value;
}

static void
test_the_report_starts_with_the_threshold_line(void **state)
{
    (void)state;
    const char *text = report();
    const char *first = "Small block threshold = 512, in 32 size classes.\n";
    assert_memory_equal(text, first, strlen(first));
    assert_non_null(strstr(text, "\nclass   size   num pools   blocks in use"
                                 "  avail blocks\n"
                                 "-----   ----   ---------   -------------"
                                 "  ------------\n"));
}

static void
test_the_report_has_a_row_per_class_in_use(void **state)
{
    (void)state;
    void *p[5];
    for (int i = 0; i < 5; i++) {
        p[i] = PyObject_Malloc(60); /* class 3, 64 bytes */
    }
    void *q = PyObject_Malloc(500); /* class 31 */
    const char *text = report();
    char row[80];
    snprintf(row, sizeof row, "\n    3     64 %11d %15d %13d\n", 1, 5,
             (int)NUMBLOCKS(3) - 5);
    assert_non_null(strstr(text, row));
    snprintf(row, sizeof row, "\n   31    512 %11d %15d %13d\n", 1, 1, 30);
    assert_non_null(strstr(text, row));
    assert_null(strstr(text, "\n    4     80 "));
    for (int i = 0; i < 5; i++) {
        PyObject_Free(p[i]);
    }
    PyObject_Free(q);
}

static void
test_the_report_accounts_for_every_arena_byte(void **state)
{
    (void)state;
    enum { N = 20000 };
    static void *p[N];
    for (size_t i = 0; i < N; i++) {
        p[i] = PyObject_Malloc(1 + i * 37 % 512);
    }
    const char *text = report();
    size_t arenas = value_of(text, "# arenas allocated current");
    assert_true(arenas >= 2);
    char label[64];
    snprintf(label, sizeof label, "%zu arenas * 1048576 bytes/arena", arenas);
    assert_int_equal(value_of(text, label), arenas * ARENA_SIZE);
    size_t parts = value_of(text, "# bytes in allocated blocks") +
                   value_of(text, "# bytes in available blocks") +
                   value_of(text, "unused pools * 16384 bytes") +
                   value_of(text, "# bytes lost to pool headers") +
                   value_of(text, "# bytes lost to quantization") +
                   value_of(text, "# bytes lost to arena alignment");
    assert_int_equal(parts, arenas * ARENA_SIZE);
    assert_int_equal(value_of(text, "Total"), arenas * ARENA_SIZE);
    assert_int_equal(value_of(text, "# bytes in allocated blocks"),
                     heap_stats().bytes_in_use);
    for (size_t i = 0; i < N; i++) {
        PyObject_Free(p[i]);
    }
}

static void
test_the_report_prints_big_numbers_with_commas(void **state)
{
    (void)state;
    pymalloc_set_empty_arena_limits(0, 0); /* so one arena is mapped */
    void *p = PyObject_Malloc(8);
    const char *text = report();
    assert_non_null(strstr(text, "1 arenas * 1048576 bytes/arena     =  "
                                 "          1,048,576\n"));
    PyObject_Free(p);
}

static void
test_stats_count_blocks_and_bytes_in_use(void **state)
{
    (void)state;
    pymalloc_stats before = heap_stats();
    void *a = PyObject_Malloc(1);
    void *b = PyObject_Malloc(500);
    void *c = PyObject_Malloc(600); /* not ours */
    pymalloc_stats during = heap_stats();
    assert_int_equal(during.blocks_in_use, before.blocks_in_use + 2);
    assert_int_equal(during.bytes_in_use, before.bytes_in_use + 16 + 512);
    PyObject_Free(a);
    PyObject_Free(b);
    PyObject_Free(c);
    assert_int_equal(heap_stats().blocks_in_use, before.blocks_in_use);
}

static void
test_the_checker_accepts_a_healthy_heap(void **state)
{
    (void)state;
    char why[256] = "untouched";
    assert_int_equal(pymalloc_check_invariants(why, sizeof why), 0);
    assert_string_equal(why, "");
}

/* Damage a free list through a freed block's link, check, repair. */
static void
expect_damage_noticed(void *bad_link, const char *reason)
{
    junkyard junk = {.n = 0};
    void *keep = first_block_of_fresh_pool(128, &junk);
    void **freed = PyObject_Malloc(128);
    PyObject_Free(freed);
    void *saved = *freed;
    *freed = bad_link == NULL ? (void *)freed : bad_link;
    char why[256];
    int result = pymalloc_check_invariants(why, sizeof why);
    *freed = saved;
    assert_int_equal(result, -1);
    if (strstr(why, reason) == NULL) {
        fail_msg("expected \"%s\" in \"%s\"", reason, why);
    }
    assert_heap_ok();
    PyObject_Free(keep);
    free_junk(&junk);
}

static void
test_the_checker_notices_a_block_twice_on_a_free_list(void **state)
{
    (void)state;
    expect_damage_noticed(NULL, "twice on the free list");
}

static void
test_the_checker_notices_a_free_list_leaving_its_pool(void **state)
{
    (void)state;
    expect_damage_noticed(&state, "is not a carved block");
}

static void
test_the_checker_notices_a_misaligned_free_block(void **state)
{
    (void)state;
    junkyard junk = {.n = 0};
    char *keep = first_block_of_fresh_pool(128, &junk);
    expect_damage_noticed(keep + 8, "is not a carved block");
    PyObject_Free(keep);
    free_junk(&junk);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_report_starts_with_the_threshold_line),
        cmocka_unit_test(test_the_report_has_a_row_per_class_in_use),
        cmocka_unit_test(test_the_report_accounts_for_every_arena_byte),
        cmocka_unit_test(test_the_report_prints_big_numbers_with_commas),
        cmocka_unit_test(test_stats_count_blocks_and_bytes_in_use),
        cmocka_unit_test(test_the_checker_accepts_a_healthy_heap),
        cmocka_unit_test(test_the_checker_notices_a_block_twice_on_a_free_list),
        cmocka_unit_test(test_the_checker_notices_a_free_list_leaving_its_pool),
        cmocka_unit_test(test_the_checker_notices_a_misaligned_free_block),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
