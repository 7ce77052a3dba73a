/* No leak after any conformance script chapter 3 runs: with every
   object freed by its count reaching zero, nothing is alive at exit and
   the allocator has no block in use.  A script marked "# leaks: cycles"
   makes reference cycles, which counting cannot free: it must leak here
   (chapters 3 and 4), or the mark, or the leak check, is wrong. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "refcount_test.h"

#include "funcobject.h"
#include "iterobject.h"
#include "methodobject.h"
#include "moduleobject.h"
#include "rangeobject.h"
#include "sliceobject.h"
#include "tupleobject.h"

static const char *const check_leaks[] = {"MINIPY_CHECK_LEAKS=1", NULL};
static const char *const check_leaks_malloc[] = {"MINIPY_CHECK_LEAKS=1",
                                                 "MINIPY_MALLOC=malloc", NULL};

static bool
leak_reported(const Outcome *o)
{
    return o->status == 3 &&
           strstr(o->err, "objects still alive at exit") != NULL;
}

/* There is something to check: chapter 3's own scripts, and at least
   one that leaks by design. */
static void
test_the_scripts_are_there(void **state)
{
    (void)state;
    ConformanceScript *scripts;
    size_t n = conformance_scripts(&scripts), own = 0, cycles = 0;
    for (size_t i = 0; i < n; i++) {
        own += scripts[i].chapter == 3;
        cycles += scripts[i].leaks_cycles;
    }
    free(scripts);
    assert_true(own >= 12);
    assert_true(cycles >= 1);
}

/* The leak check itself: a list that contains itself is reported, and
   only when asked for. */
static void
test_the_leak_check_reports_a_cycle(void **state)
{
    (void)state;
    char path[64];
    write_script("l = []\nl.append(l)\ndel l\n", path);
    Outcome asked = run_program(MINIPY, path, NULL, check_leaks);
    Outcome quiet = run_program(MINIPY, path, NULL, NULL);
    unlink(path);
    assert_true(leak_reported(&asked));
    assert_non_null(strstr(asked.err, "minipy: 1 "));
    assert_int_equal(quiet.status, 0);
    assert_string_equal(quiet.err, "");
    outcome_free(&asked);
    outcome_free(&quiet);
}

static void
check_every_script(const char *const *env, const char *allocator)
{
    ConformanceScript *scripts;
    size_t n = conformance_scripts(&scripts), failed = 0;
    for (size_t i = 0; i < n; i++) {
        /* tests/conformance is a sibling of this directory: same path */
        Outcome o = run_program(MINIPY, scripts[i].name, CONFORMANCE_DIR, env);
        bool leaked = leak_reported(&o);
        if (o.status >= 124 || leaked != scripts[i].leaks_cycles) {
            failed++;
            print_error("%s (%s): exit status %d, %s\n%s", scripts[i].name,
                        allocator, o.status,
                        scripts[i].leaks_cycles
                            ? "marked '# leaks: cycles' but nothing leaked"
                            : "leaked or crashed",
                        o.err);
        }
        outcome_free(&o);
    }
    free(scripts);
    assert_int_equal(failed, 0);
}

static void
test_no_script_leaks_with_pymalloc(void **state)
{
    (void)state;
    check_every_script(check_leaks, "pymalloc");
}

static void
test_no_script_leaks_with_malloc(void **state)
{
    (void)state;
    check_every_script(check_leaks_malloc, "malloc");
}

/* In this process, on a thread with the C stack a program gets by
   default, so that the deep-recursion scripts behave as in the program
   (a megabyte of it left to the thread's own start). */
#define SCRIPT_STACK_SIZE ((size_t)8 << 20)

typedef struct {
    const char *path;
    size_t alive;
    bool loaded;
} InProcess;

static void
run_in_process(void *arg)
{
    InProcess *r = arg;
    char base;
    r->loaded = interp_init(r->path, &base,
                            SCRIPT_STACK_SIZE - ((size_t)1 << 20)) == 0 &&
                interp_load(r->path) == 0;
    if (r->loaded && interp_run() < 0)
        PyErr_Print(stderr, r->path, interp.source);
    r->alive = interp_free();
}

/* Static objects are not in the heap, so the allocator cannot see a
   reference to them taken and never given back.  Their counts can: each
   starts at 1, and a teardown that frees everything else brings it back
   to what it was before the script (1, unless an earlier script leaked
   objects that refer to it). */
typedef struct {
    const char *name;
    PyObject *op;
} StaticObject;

static const StaticObject statics[] = {
    {"None", Py_None},
    {"True", Py_True},
    {"False", Py_False},
    {"NotImplemented", Py_NotImplemented},
    {"object", (PyObject *)&PyBaseObject_Type},
    {"type", (PyObject *)&PyType_Type},
    {"NoneType", (PyObject *)&PyNone_Type},
    {"int", (PyObject *)&PyLong_Type},
    {"bool", (PyObject *)&PyBool_Type},
    {"str", (PyObject *)&PyUnicode_Type},
    {"list", (PyObject *)&PyList_Type},
    {"tuple", (PyObject *)&PyTuple_Type},
    {"dict", (PyObject *)&PyDict_Type},
    {"dict iterator", (PyObject *)&PyDictIter_Type},
    {"range", (PyObject *)&PyRange_Type},
    {"range iterator", (PyObject *)&PyRangeIter_Type},
    {"slice", (PyObject *)&PySlice_Type},
    {"iterator", (PyObject *)&PySeqIter_Type},
    {"function", (PyObject *)&PyFunction_Type},
    {"method", (PyObject *)&PyMethod_Type},
    {"builtin function", (PyObject *)&PyCFunction_Type},
    {"method descriptor", (PyObject *)&PyMethodDescr_Type},
    {"module", (PyObject *)&PyModule_Type},
};

#define NSTATICS (sizeof statics / sizeof *statics)

static void
static_counts(Py_ssize_t counts[NSTATICS])
{
    for (size_t i = 0; i < NSTATICS; i++)
        counts[i] = Py_REFCNT(statics[i].op);
}

/* The first static object whose count is not what it was, or NULL. */
static const StaticObject *
unbalanced_static(const Py_ssize_t before[NSTATICS])
{
    for (size_t i = 0; i < NSTATICS; i++)
        if (Py_REFCNT(statics[i].op) != before[i])
            return &statics[i];
    return NULL;
}

/* Every object freed, every block given back: the allocator's count of
   blocks in use is what it was before the script, and so is every
   static object's count. */
static void
test_no_script_leaves_a_block_in_use(void **state)
{
    (void)state;
    ConformanceScript *scripts;
    size_t n = conformance_scripts(&scripts), failed = 0;
    fflush(NULL);
    int out = dup(1), err = dup(2), null = open("/dev/null", O_WRONLY);
    for (size_t i = 0; i < n; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", CONFORMANCE_DIR, scripts[i].name);
        InProcess r = {.path = path};
        size_t before = blocks_in_use();
        Py_ssize_t counts[NSTATICS];
        static_counts(counts);
        dup2(null, 1);
        dup2(null, 2);
        run_on_thread(SCRIPT_STACK_SIZE, run_in_process, &r);
        fflush(NULL);
        dup2(out, 1);
        dup2(err, 2);
        size_t after = blocks_in_use();
        bool leaked = r.alive > 0 || after != before;
        const StaticObject *unbalanced =
            leaked ? NULL : unbalanced_static(counts);
        if (!r.loaded || leaked != scripts[i].leaks_cycles ||
            (leaked && (r.alive == 0 || after <= before)) ||
            unbalanced != NULL) {
            failed++;
            print_error("%s: %zu objects alive after interp_free, blocks in "
                        "use %zu before, %zu after%s\n",
                        scripts[i].name, r.alive, before, after,
                        scripts[i].leaks_cycles ? " (marked as leaking)" : "");
            if (unbalanced != NULL)
                print_error("%s: the count of %s is %zd after the teardown, "
                            "%zd before the script\n",
                            scripts[i].name, unbalanced->name,
                            Py_REFCNT(unbalanced->op),
                            counts[unbalanced - statics]);
        }
    }
    close(out);
    close(err);
    close(null);
    free(scripts);
    assert_int_equal(failed, 0);
}

int
main(void)
{
    char base;
    test_stack_base = &base;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_scripts_are_there),
        cmocka_unit_test(test_the_leak_check_reports_a_cycle),
        cmocka_unit_test(test_no_script_leaks_with_pymalloc),
        cmocka_unit_test(test_no_script_leaks_with_malloc),
        cmocka_unit_test(test_no_script_leaves_a_block_in_use),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
