/* The debug allocator: its layout and fill bytes, and, in a forked
   child each, the errors it must catch.  A child must die of SIGABRT
   and say on stderr what went wrong, where, and how big the block was. */
#define _DEFAULT_SOURCE /* fork, pipe, SIGSYS */

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "debugmalloc.h"
#include "heap_test.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* ------------------------------------------------------- in process */

static int
use_the_debug_allocator(void **state)
{
    (void)state;
    if (PyMem_SetupAllocator("debug") != 0) {
        return -1;
    }
    return strcmp(PyMem_AllocatorName(), "pymalloc_debug") == 0 ? 0 : -1;
}

static void
assert_all(const unsigned char *p, size_t n, unsigned char byte)
{
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(p[i], byte);
    }
}

static void
test_new_memory_is_filled_with_0xCD(void **state)
{
    (void)state;
    size_t sizes[] = {1, 24, 100, 488, 489, 1000, 10000};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        unsigned char *p = PyObject_Malloc(sizes[i]);
        assert_all(p, sizes[i], PYMEM_CLEANBYTE);
        PyObject_Free(p);
    }
}

static void
test_a_block_is_framed_by_its_size_id_and_forbidden_bytes(void **state)
{
    (void)state;
    unsigned char *p = PyObject_Malloc(24);
    size_t size;
    memcpy(&size, p - 16, sizeof size);
    assert_int_equal(size, 24);
    assert_int_equal(p[-8], 'o');
    assert_all(p - 7, 7, PYMEM_FORBIDDENBYTE);
    assert_all(p + 24, 8, PYMEM_FORBIDDENBYTE);
    assert_int_equal((uintptr_t)p % ALIGNMENT, 0);
    PyObject_Free(p);
}

static void
test_small_debug_blocks_live_in_our_arenas(void **state)
{
    (void)state;
    /* 488 bytes plus 24 of guards is 512: the last pymalloc request. */
    unsigned char *small = PyObject_Malloc(488);
    unsigned char *big = PyObject_Malloc(489);
    assert_true(pymalloc_address_in_range(small - PYMEM_DEBUG_HEAD));
    assert_false(pymalloc_address_in_range(big - PYMEM_DEBUG_HEAD));
    PyObject_Free(small);
    PyObject_Free(big);
}

static void
test_freed_memory_is_filled_with_0xDD(void **state)
{
    (void)state;
    /* Reading freed memory on purpose: it stays mapped in our arena
       because the first block keeps the pool in use. */
    unsigned char *keep = PyObject_Malloc(40);
    unsigned char *p = PyObject_Malloc(40);
    assert_true(pymalloc_address_in_range(p));
    PyObject_Free(p);
    assert_all(p, 40, PYMEM_DEADBYTE);
    assert_int_equal(p[-8], PYMEM_DEADBYTE);
    PyObject_Free(keep);
}

static void
test_realloc_moves_the_block_and_keeps_its_contents(void **state)
{
    (void)state;
    unsigned char *p = PyObject_Malloc(30);
    memset(p, 'a', 30);
    unsigned char *q = PyObject_Realloc(p, 1000);
    assert_ptr_not_equal(q, p);
    assert_all(q, 30, 'a');
    assert_all(q + 30, 970, PYMEM_CLEANBYTE);
    unsigned char *r = PyObject_Realloc(q, 10);
    assert_all(r, 10, 'a');
    assert_all(r + 10, 8, PYMEM_FORBIDDENBYTE);
    PyObject_Free(r);
}

static void
test_zero_byte_blocks_are_distinct_and_guarded(void **state)
{
    (void)state;
    unsigned char *p = PyObject_Malloc(0);
    unsigned char *q = PyObject_Malloc(0);
    assert_ptr_not_equal(p, q);
    assert_all(p, 8, PYMEM_FORBIDDENBYTE);
    PyObject_Free(p);
    PyObject_Free(q);
}

static void
test_the_check_passes_on_an_intact_block(void **state)
{
    (void)state;
    unsigned char *p = PyObject_Malloc(64);
    memset(p, 0, 64);
    pymem_debug_check(p);
    PyObject_Free(p);
}

static void
test_many_blocks_are_tracked(void **state)
{
    (void)state;
    enum { N = 20000 };
    static unsigned char *p[N];
    for (size_t i = 0; i < N; i++) {
        p[i] = PyObject_Malloc(1 + i % 700);
    }
    for (size_t i = 0; i < N; i++) {
        size_t k = i * 7919 % N; /* 7919 is prime: a permutation */
        PyObject_Free(p[k]);
    }
    assert_heap_ok();
}

/* ----------------------------------------------------- in a child */

typedef struct {
    int status;
    char err[8192];
} child_outcome;

static void
restore_default_signals(void)
{
    const int signals[] = {SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGSYS};
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        signal(signals[i], SIG_DFL);
    }
}

/* Runs fn in a child with stderr captured into out->err. */
static void
run_in_child(void (*fn)(void), child_outcome *out)
{
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], STDERR_FILENO);
        close(fds[1]);
        restore_default_signals();
        fn();
        fflush(stderr);
        _exit(0);
    }
    close(fds[1]);
    size_t n = 0;
    char spill[4096];
    for (;;) {
        bool room = n < sizeof out->err - 1;
        ssize_t got = read(fds[0], room ? out->err + n : spill,
                           room ? sizeof out->err - 1 - n : sizeof spill);
        if (got <= 0) {
            break;
        }
        n += room ? (size_t)got : 0;
    }
    out->err[n] = '\0';
    close(fds[0]);
    assert_int_equal(waitpid(pid, &out->status, 0), pid);
}

/* The child announces the block it is about to misuse. */
static void
announce(const void *p)
{
    fprintf(stderr, "block=%p\n", p);
    fflush(stderr);
}

static void
expect_abort(void (*fn)(void), const char *problem, const char *size)
{
    child_outcome out;
    run_in_child(fn, &out);
    if (!WIFSIGNALED(out.status) || WTERMSIG(out.status) != SIGABRT) {
        fail_msg("the child did not abort; stderr:\n%s", out.err);
    }
    const char *report = strstr(out.err, "minipy: ");
    if (report == NULL || strstr(report, problem) == NULL) {
        fail_msg("no report of \"%s\"; stderr:\n%s", problem, out.err);
    }
    const char *announced = strstr(out.err, "block=");
    assert_non_null(announced);
    char address[32];
    assert_int_equal(sscanf(announced, "block=%31s", address), 1);
    if (strstr(report, address) == NULL) {
        fail_msg("the report does not name %s:\n%s", address, report);
    }
    if (size != NULL && strstr(report, size) == NULL) {
        fail_msg("the report does not say \"%s\":\n%s", size, report);
    }
}

static void
overrun_then_free(void)
{
    char *p = PyObject_Malloc(24);
    announce(p);
    p[24] = 'x';
    PyObject_Free(p);
}

static void
overrun_then_realloc(void)
{
    char *p = PyObject_Malloc(24);
    announce(p);
    p[26] = 'x';
    p = PyObject_Realloc(p, 100);
}

static void
overrun_a_large_block(void)
{
    char *p = PyObject_Malloc(1000);
    announce(p);
    p[1007] = 'x';
    PyObject_Free(p);
}

static void
underrun_then_free(void)
{
    char *p = PyObject_Malloc(24);
    announce(p);
    p[-1] = 'x';
    PyObject_Free(p);
}

static void
underrun_the_size_field(void)
{
    char *p = PyObject_Malloc(24);
    announce(p);
    p[-16] = 100; /* would make the size 100: must not be believed */
    PyObject_Free(p);
}

static void
free_twice(void)
{
    void *keep = PyObject_Malloc(24); /* the pool stays in use */
    void *p = PyObject_Malloc(24);
    announce(p);
    PyObject_Free(p);
    PyObject_Free(p);
    PyObject_Free(keep);
}

static void
free_a_large_block_twice(void)
{
    void *p = PyObject_Malloc(5000);
    announce(p);
    PyObject_Free(p);
    PyObject_Free(p);
}

static void
realloc_after_free(void)
{
    void *p = PyObject_Malloc(24);
    announce(p);
    PyObject_Free(p);
    p = PyObject_Realloc(p, 48);
}

static void
free_a_malloc_pointer(void)
{
    void *p = malloc(24);
    announce(p);
    PyObject_Free(p);
}

static void
free_a_stack_pointer(void)
{
    char local[64];
    announce(local + 16);
    PyObject_Free(local + 16);
}

static void
free_a_static_pointer(void)
{
    static char buffer[64];
    announce(buffer + 16);
    PyObject_Free(buffer + 16);
}

static void
free_the_middle_of_a_block(void)
{
    char *p = PyObject_Malloc(64);
    announce(p + 16);
    PyObject_Free(p + 16);
}

static void
check_a_damaged_block(void)
{
    char *p = PyObject_Malloc(32);
    announce(p);
    p[33] = 0;
    pymem_debug_check(p);
}

static void
test_an_overrun_is_caught_on_free(void **state)
{
    (void)state;
    expect_abort(overrun_then_free, "buffer overrun", "24 bytes");
}

static void
test_an_overrun_is_caught_on_realloc(void **state)
{
    (void)state;
    expect_abort(overrun_then_realloc, "buffer overrun", "24 bytes");
}

static void
test_an_overrun_of_a_large_block_is_caught(void **state)
{
    (void)state;
    expect_abort(overrun_a_large_block, "buffer overrun", "1000 bytes");
}

static void
test_an_underrun_is_caught(void **state)
{
    (void)state;
    expect_abort(underrun_then_free, "buffer underrun", "24 bytes");
}

static void
test_an_underrun_into_the_size_is_caught_with_the_true_size(void **state)
{
    (void)state;
    expect_abort(underrun_the_size_field, "buffer underrun", "24 bytes");
}

static void
test_a_double_free_is_caught(void **state)
{
    (void)state;
    expect_abort(free_twice, "double free", "24 bytes");
}

static void
test_a_double_free_of_a_large_block_is_caught(void **state)
{
    (void)state;
    expect_abort(free_a_large_block_twice, "double free", "5000 bytes");
}

static void
test_a_realloc_after_free_is_caught(void **state)
{
    (void)state;
    expect_abort(realloc_after_free, "double free", "24 bytes");
}

static void
test_freeing_a_malloc_pointer_is_caught(void **state)
{
    (void)state;
    expect_abort(free_a_malloc_pointer, "foreign pointer", NULL);
}

static void
test_freeing_a_stack_pointer_is_caught(void **state)
{
    (void)state;
    expect_abort(free_a_stack_pointer, "foreign pointer", NULL);
}

static void
test_freeing_a_static_pointer_is_caught(void **state)
{
    (void)state;
    expect_abort(free_a_static_pointer, "foreign pointer", NULL);
}

static void
test_freeing_the_middle_of_a_block_is_caught(void **state)
{
    (void)state;
    expect_abort(free_the_middle_of_a_block, "foreign pointer", NULL);
}

static void
test_an_explicit_check_catches_damage(void **state)
{
    (void)state;
    expect_abort(check_a_damaged_block, "buffer overrun", "32 bytes");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_new_memory_is_filled_with_0xCD),
        cmocka_unit_test(
            test_a_block_is_framed_by_its_size_id_and_forbidden_bytes),
        cmocka_unit_test(test_small_debug_blocks_live_in_our_arenas),
        cmocka_unit_test(test_freed_memory_is_filled_with_0xDD),
        cmocka_unit_test(test_realloc_moves_the_block_and_keeps_its_contents),
        cmocka_unit_test(test_zero_byte_blocks_are_distinct_and_guarded),
        cmocka_unit_test(test_the_check_passes_on_an_intact_block),
        cmocka_unit_test(test_many_blocks_are_tracked),
        cmocka_unit_test(test_an_overrun_is_caught_on_free),
        cmocka_unit_test(test_an_overrun_is_caught_on_realloc),
        cmocka_unit_test(test_an_overrun_of_a_large_block_is_caught),
        cmocka_unit_test(test_an_underrun_is_caught),
        cmocka_unit_test(
            test_an_underrun_into_the_size_is_caught_with_the_true_size),
        cmocka_unit_test(test_a_double_free_is_caught),
        cmocka_unit_test(test_a_double_free_of_a_large_block_is_caught),
        cmocka_unit_test(test_a_realloc_after_free_is_caught),
        cmocka_unit_test(test_freeing_a_malloc_pointer_is_caught),
        cmocka_unit_test(test_freeing_a_stack_pointer_is_caught),
        cmocka_unit_test(test_freeing_a_static_pointer_is_caught),
        cmocka_unit_test(test_freeing_the_middle_of_a_block_is_caught),
        cmocka_unit_test(test_an_explicit_check_catches_damage),
    };
    return cmocka_run_group_tests(tests, use_the_debug_allocator, NULL);
}
