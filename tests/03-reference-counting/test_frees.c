/* Frees seen from the allocator: every object lives in a pymalloc block
   (chapter 2), so blocks in use go up when objects are made and down the
   moment their counts reach zero, and to nothing once the interpreter is
   taken down. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "refcount_test.h"

/* Runs first: nothing in this process has used pymalloc yet. */
static void
test_the_heap_starts_empty(void **state)
{
    (void)state;
    assert_int_equal(blocks_in_use(), 0);
}

/* Static objects (None, True, the builtin types) are not in the heap;
   everything else is freed by the teardown, down to the last block. */
static void
test_teardown_frees_every_block(void **state)
{
    (void)state;
    session_start("import sys\n"
                  "class Point:\n"
                  "    def __init__(self, x, y):\n"
                  "        self.x = x\n"
                  "        self.y = y\n"
                  "    def norm(self):\n"
                  "        return self.x * self.x + self.y * self.y\n"
                  "points = []\n"
                  "for i in range(100):\n"
                  "    points.append(Point(i, -i))\n"
                  "table = {\"name\": \"points\", \"first\": points[0]}\n"
                  "words = \" \".join([str(points[1].norm()), \"b\"])\n"
                  "t = (points, table, words, sys.getrefcount(points))\n"
                  "m = points[1].norm\n");
    assert_true(blocks_in_use() > 100);
    assert_int_equal(session_end(), 0);
    pymalloc_stats after = heap_stats();
    assert_int_equal(after.blocks_in_use, 0);
    assert_int_equal(after.bytes_in_use, 0);
}

/* The same after a script that stopped with an error half-way. */
static void
test_teardown_after_an_error_frees_every_block(void **state)
{
    (void)state;
    assert_int_equal(session_run("def f(n):\n"
                                 "    x = [n, {\"n\": n}]\n"
                                 "    return f(n + 1)\n"
                                 "f(0)\n"),
                     -1);
    assert_true(PyErr_ExceptionMatches(EXC_RECURSION));
    assert_int_equal(session_end(), 0);
    assert_int_equal(blocks_in_use(), 0);
}

/* The same from the script alone: it makes them and drops them at
   module level.  Afterwards the heap holds what it holds after the same
   script making none.  (Both scripts have the same constants, so that
   from chapter 4 on, where 0 and 1 are shared and never allocated,
   they still hold the same blocks.) */
static size_t
blocks_after_making(const char *n)
{
    char source[512];
    snprintf(source, sizeof source,
             "class Obj:\n"
             "    pass\n"
             "objs = []\n"
             "i = None\n"
             "k = %s\n"
             "for i in range(10000 * k):\n"
             "    objs.append(Obj())\n"
             "del objs, i, k\n",
             n);
    session_start(source);
    size_t blocks = blocks_in_use();
    assert_int_equal(session_end(), 0);
    return blocks;
}

static void
test_objects_dropped_by_the_script_are_freed_before_it_ends(void **state)
{
    (void)state;
    assert_int_equal(blocks_after_making("1"), blocks_after_making("0"));
}

/* Run source with --trace; it must succeed. */
static Outcome
trace_of(const char *source)
{
    char path[64];
    write_script(source, path);
    const char *argv[] = {MINIPY, "--trace", path, NULL};
    Outcome o = run_argv(argv, NULL, NULL);
    unlink(path);
    assert_int_equal(o.status, 0);
    return o;
}

/* --trace reports each object freed when it is freed, once: the list,
   at del b; the ints stay, held by the program's constants.  The last
   line counts what is left after the teardown. */
static void
test_trace_reports_each_free(void **state)
{
    (void)state;
    Outcome o = trace_of("a = [1, 2, 3]\nb = a\ndel a\nprint('after del a')\n"
                         "del b\nprint('after del b')\n");
    const char *free_line = strstr(o.err, "[free] list at ");
    assert_non_null(free_line);
    assert_null(strstr(free_line + 1, "[free]"));
    assert_non_null(strstr(o.err, "[exit] 0 objects still alive"));
    outcome_free(&o);
}

/* The seeds' four lines: the list's whole life, line by line.  Its ints
   are past the small ones, which are immortal from chapter 4 on and so
   show no count of their own. */
static void
test_trace_shows_every_change_of_the_lists_count(void **state)
{
    (void)state;
    Outcome o = trace_of("a = [1001, 2002, 3003]\nb = a\ndel a\ndel b\n");
    const char *at = strstr(o.err, "[alloc] list at ");
    assert_non_null(at);
    char address[32];
    assert_int_equal(sscanf(at, "[alloc] list at %31[0-9a-fx]", address), 1);
    const char *expected[] = {
        "alloc",  "count 1",      /* made: the evaluator's reference */
        "incref", "count 1 -> 2", /* a = */
        "decref", "count 2 -> 1", /* the evaluator lets go */
        "incref", "count 1 -> 2", /* loading a for b = a */
        "incref", "count 2 -> 3", /* b = */
        "decref", "count 3 -> 2", /* the evaluator lets go */
        "decref", "count 2 -> 1", /* del a */
        "decref", "count 1 -> 0", /* del b */
    };
    size_t n = 0;
    for (const char *line = o.err; *line != '\0';
         line = strchr(line, '\n') + 1) {
        size_t len = strcspn(line, "\n");
        char text[256];
        snprintf(text, sizeof text, "%.*s", (int)len, line);
        if (strstr(text, address) == NULL)
            continue;
        if (n == sizeof expected / sizeof *expected) {
            assert_true(strncmp(text, "[free] list at ", 15) == 0);
            n++;
            continue;
        }
        assert_true(n < sizeof expected / sizeof *expected);
        char want[64];
        snprintf(want, sizeof want, "[%s] list at %s: %s", expected[n], address,
                 expected[n + 1]);
        assert_string_equal(text, want);
        n += 2;
        if (line[len] == '\0')
            break;
    }
    assert_int_equal(n, sizeof expected / sizeof *expected + 1);
    /* At 0 it lets go of its items, last to first, then of its memory. */
    const char *three = strstr(o.err, "[decref] int 3003 at ");
    const char *one = strstr(o.err, "[decref] int 1001 at ");
    assert_non_null(three);
    assert_non_null(one);
    assert_true(three < one && one < strstr(o.err, "[free] list"));
    outcome_free(&o);
}

/* Every conformance script's trace tells a consistent story of every
   count: nothing is counted twice or missed between two lines. */
static void
test_trace_histories_are_unbroken_in_every_conformance_script(void **state)
{
    (void)state;
    ConformanceScript *scripts;
    size_t n = conformance_scripts(&scripts);
    assert_true(n >= 25);
    size_t lines = 0;
    for (size_t i = 0; i < n; i++)
        lines += check_trace_of(scripts[i].name);
    print_message("%zu scripts, %zu count changes checked\n", n, lines);
    assert_true(lines > 100000);
    free(scripts);
}

/* Freed at once, so reused at once: the second [] gets the block the
   first one gave back. */
static void
test_a_freed_block_is_reused_at_once(void **state)
{
    (void)state;
    session_start("same = id([]) == id([])\n"
                  "a = []\n"
                  "first = id(a)\n"
                  "del a\n"
                  "b = []\n"
                  "again = id(b) == first\n"
                  "c = [b]\n"
                  "kept = id(c) == first\n");
    assert_ptr_equal(global("same"), Py_True);
    assert_ptr_equal(global("again"), Py_True);
    assert_ptr_equal(global("kept"), Py_False);
    assert_int_equal(session_end(), 0);
}

int
main(void)
{
    char base;
    test_stack_base = &base;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_heap_starts_empty),
        cmocka_unit_test_teardown(test_teardown_frees_every_block,
                                  session_teardown),
        cmocka_unit_test_teardown(
            test_teardown_after_an_error_frees_every_block, session_teardown),
        cmocka_unit_test_teardown(
            test_objects_dropped_by_the_script_are_freed_before_it_ends,
            session_teardown),
        cmocka_unit_test(test_trace_reports_each_free),
        cmocka_unit_test(test_trace_shows_every_change_of_the_lists_count),
        cmocka_unit_test(
            test_trace_histories_are_unbroken_in_every_conformance_script),
        cmocka_unit_test_teardown(test_a_freed_block_is_reused_at_once,
                                  session_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
