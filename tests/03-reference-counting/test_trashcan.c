/* The trashcan: freeing a structure nested 200,000 deep must not recurse
   200,000 deep.  Each test builds and frees one on a thread with a C
   stack of 256 KiB, where an unbounded recursion of deallocations would
   crash, and checks that every object went and that the deferred ones
   were all freed.  A control test switches the trashcan off and checks
   that the same free then does crash, so that the others prove
   something. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "refcount_test.h"

#include <limits.h>

#define SMALL_STACK ((size_t)256 << 10)

static const char builders[] = "class Node:\n"
                               "    def __init__(self, next):\n"
                               "        self.next = next\n"
                               "class Noisy:\n"
                               "    def __init__(self, next):\n"
                               "        self.next = next\n"
                               "    def __del__(self):\n"
                               "        finalized.append(None)\n"
                               "finalized = []\n"
                               "x = None\n"
                               "def nested_lists(n):\n"
                               "    global x\n"
                               "    x = []\n"
                               "    for i in range(n):\n"
                               "        x = [x]\n"
                               "def nested_tuples(n):\n"
                               "    global x\n"
                               "    x = ()\n"
                               "    for i in range(n):\n"
                               "        x = (x,)\n"
                               "def nested_dicts(n):\n"
                               "    global x\n"
                               "    x = {}\n"
                               "    for i in range(n):\n"
                               "        x = {\"k\": x}\n"
                               "def chain(n):\n"
                               "    global x\n"
                               "    x = None\n"
                               "    for i in range(n):\n"
                               "        x = Node(x)\n"
                               "def noisy_chain(n):\n"
                               "    global x\n"
                               "    x = None\n"
                               "    for i in range(n):\n"
                               "        x = Noisy(x)\n"
                               "def mixed(n):\n"
                               "    global x\n"
                               "    x = None\n"
                               "    for i in range(n):\n"
                               "        x = [Node(x), {\"t\": (x,)}]\n"
                               "def drop():\n"
                               "    global x\n"
                               "    del x\n"
                               "    x = None\n";

typedef struct {
    const char *build; /* the function that builds it */
    int64_t n;
    bool no_trashcan; /* the control: deallocate recursively */
    /* what the thread saw */
    bool ok;
    size_t live_before, live_built, live_after;
    int depth_after;
    size_t trash_len_after, trash_cap;
    int64_t finalized;
    size_t alive_at_exit;
} DeepRun;

static bool
call_quietly(const char *name, PyObject *arg)
{
    PyObject *func = PyDict_GetItemString(interp.globals, name);
    PyObject *result =
        func ? PyObject_Call(func, &arg, arg ? 1 : 0, NULL) : NULL;
    Py_XDECREF(result);
    return result != NULL;
}

/* On the small stack: the whole interpreter's life.  The recursion
   check is off (no stack base): running out of stack must crash, not
   raise a RecursionError that would hide it. */
static void
deep_run(void *arg)
{
    DeepRun *r = arg;
    r->ok = false;
    if (interp_init("test.py", NULL, 0) < 0 || interp_load(session.path) < 0 ||
        interp_run() < 0)
        return;
    r->live_before = interp.live_objects;
    PyObject *n = PyLong_FromLong(r->n);
    bool built = n != NULL && call_quietly(r->build, n);
    Py_XDECREF(n);
    if (!built)
        return;
    r->live_built = interp.live_objects;
    if (r->no_trashcan)
        interp.objects.dealloc_depth = INT_MIN / 2; /* never reaches 50 */
    if (!call_quietly("drop", NULL))
        return;
    r->live_after = interp.live_objects;
    r->depth_after = interp.objects.dealloc_depth;
    r->trash_len_after = interp.objects.trash_len;
    r->trash_cap = interp.objects.trash_cap;
    r->finalized = Py_SIZE(PyDict_GetItemString(interp.globals, "finalized"));
    r->alive_at_exit = interp_free();
    r->ok = true;
}

static DeepRun
build_and_free(const char *build, int64_t n)
{
    write_script(builders, session.path);
    DeepRun r = {.build = build, .n = n};
    run_on_thread(SMALL_STACK, deep_run, &r);
    unlink(session.path);
    assert_true(r.ok);
    assert_true(r.live_built >= r.live_before + (size_t)n);
    assert_int_equal(r.live_after, r.live_before);
    assert_int_equal(r.depth_after, 0);
    assert_int_equal(r.trash_len_after, 0);
    /* the trashcan was used: objects were deferred */
    assert_true(r.trash_cap > 0);
    assert_int_equal(r.alive_at_exit, 0);
    return r;
}

static void
test_a_list_nested_200000_deep(void **state)
{
    (void)state;
    build_and_free("nested_lists", 200000);
}

static void
test_a_tuple_nested_200000_deep(void **state)
{
    (void)state;
    build_and_free("nested_tuples", 200000);
}

static void
test_a_dict_nested_100000_deep(void **state)
{
    (void)state;
    build_and_free("nested_dicts", 100000);
}

static void
test_a_chain_of_100000_instances(void **state)
{
    (void)state;
    build_and_free("chain", 100000);
}

/* Each one's __del__ runs Python code, from inside the deallocation:
   each exactly once, deferred or not. */
static void
test_a_chain_of_100000_instances_with_del(void **state)
{
    (void)state;
    DeepRun r = build_and_free("noisy_chain", 100000);
    assert_int_equal(r.finalized, 100000);
}

static void
test_lists_dicts_tuples_and_instances_mixed(void **state)
{
    (void)state;
    build_and_free("mixed", 50000);
}

/* The control: without the trashcan the same free recurses 200,000
   deep and overflows the 256 KiB stack.  In a child process, which
   must die of SIGSEGV. */
static void
test_without_the_trashcan_the_free_overflows_the_stack(void **state)
{
    (void)state;
    write_script(builders, session.path);
    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        dup2(null, 2);
        DeepRun r = {.build = "nested_lists", .n = 200000, .no_trashcan = true};
        run_on_thread(SMALL_STACK, deep_run, &r);
        _exit(r.ok ? 0 : 1);
    }
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    unlink(session.path);
    assert_true(WIFSIGNALED(status));
    assert_int_equal(WTERMSIG(status), SIGSEGV);
}

/* The same through the real program, whose C stack is large: the script
   prints the same as CPython's, and the count of live objects after
   the del is what it was before the build. */
static void
test_the_program_frees_deep_nesting_like_cpython(void **state)
{
    (void)state;
    Outcome o = same_as_python("x = []\n"
                               "for i in range(200000):\n"
                               "    x = [x]\n"
                               "print('built')\n"
                               "del x\n"
                               "print('freed')\n",
                               2);
    outcome_free(&o);
}

int
main(void)
{
    char base;
    test_stack_base = &base;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_list_nested_200000_deep),
        cmocka_unit_test(test_a_tuple_nested_200000_deep),
        cmocka_unit_test(test_a_dict_nested_100000_deep),
        cmocka_unit_test(test_a_chain_of_100000_instances),
        cmocka_unit_test(test_a_chain_of_100000_instances_with_del),
        cmocka_unit_test(test_lists_dicts_tuples_and_instances_mixed),
        cmocka_unit_test(
            test_without_the_trashcan_the_free_overflows_the_stack),
        cmocka_unit_test(test_the_program_frees_deep_nesting_like_cpython),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
