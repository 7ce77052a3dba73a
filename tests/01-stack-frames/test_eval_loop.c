/* The evaluation loop: co_stacksize is exactly the deepest a run goes,
   statements leave nothing on the stack, Python calls push frames
   without recursing in C (so a small C stack runs a deep recursion),
   and calls from C enter the loop again.

   This suite compiles the loop itself (ceval.c) as a debug build, with
   Py_DEBUG: then every instruction checks the stack against
   co_stacksize and each code object records the deepest it has been.
   The library's own ceval.o is not linked: this file defines what it
   would. */
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#define Py_DEBUG 1
#include "ceval.c"

#include "minipy_test.h"

/* ---- helpers ---- */

/* A builtin of the test's: calls the hook with its arguments. */
typedef void (*hook_fn)(PyObject *const *args, Py_ssize_t nargs);
static hook_fn test_hook;

static PyObject *
hook_call(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
          PyObject *kwnames)
{
    (void)self, (void)kwnames;
    test_hook(args, nargs);
    Py_RETURN_NONE;
}

static PyMethodDef hook_def = {"hook", hook_call, 0, 1, false};

static void
install_hook(hook_fn fn)
{
    test_hook = fn;
    PyObject *func = PyCFunction_New(&hook_def, NULL);
    assert_non_null(func);
    assert_int_equal(PyDict_SetItemString(interp.builtins, "hook", func), 0);
    Py_DECREF(func);
}

/* Every code object of the module, the module's first. */
static int
all_code(Code *code, Code **out, int n, int max)
{
    if (n < max) {
        out[n++] = code;
    }
    for (int i = 0; i < code->co_nconsts; i++) {
        if (PyCode_Check(code->co_consts[i])) {
            n = all_code((Code *)code->co_consts[i], out, n, max);
        }
    }
    return n;
}

/* ---- co_stacksize ---- */

/* A script that goes through every path of every code object in it:
   each reaches the depth the compiler computed for it, and none goes
   deeper (the loop asserts that at every instruction). */
static void
test_stacksize_is_the_deepest_a_run_reaches(void **state)
{
    (void)state;
    assert_int_equal(
        mp_run("def add(a, b):\n"
               "    return a + b\n"
               "def nested(x):\n"
               "    return [x, (x, [x, {x: (x, x)}])]\n"
               "def calls(f, x):\n"
               "    return f(x, f(x, f(x, add(x, x))))\n"
               "def loops(items):\n"
               "    total = 0\n"
               "    for i in items:\n"
               "        for j in i:\n"
               "            total += j\n"
               "    return total\n"
               "def chained(a, b, c):\n"
               "    return a < b < c, a and b or c, a if b else c\n"
               "class Box:\n"
               "    def __init__(self, v):\n"
               "        self.items = [v, v]\n"
               "    def get(self, i, k):\n"
               "        self.items[i] += k\n"
               "        return self.items[i:i + 1]\n"
               "a, b = add(1, 2), nested(3)\n"
               "c = calls(add, 1)\n"
               "d = loops([[1, 2], [3]])\n"
               "e = chained(1, 2, 3), chained(2, 1, 3), chained(0, 0, 1)\n"
               "f = Box(4).get(1, k=2)\n"),
        0);
    Code *codes[32];
    int n = all_code(interp.module.code, codes, 0, 32);
    assert_int_equal(n, 9);
    for (int i = 0; i < n; i++) {
        if (codes[i]->co_stackseen != codes[i]->co_stacksize) {
            fail_msg("%s: co_stacksize %d, deepest reached %d",
                     PyUnicode_AsUTF8(codes[i]->co_name),
                     codes[i]->co_stacksize, codes[i]->co_stackseen);
        }
    }
}

/* The frame is as big as its locals and its stack need, no more. */
static void
test_a_frame_holds_its_stack_after_its_locals(void **state)
{
    (void)state;
    assert_int_equal(mp_run("def f(a, b):\n"
                            "    c = [a, b, a]\n"
                            "    return c\n"
                            "f(1, 2)\n"),
                     0);
    Code *codes[4];
    assert_int_equal(all_code(interp.module.code, codes, 0, 4), 2);
    Code *f = codes[1];
    assert_int_equal(f->co_nlocals, 3);
    assert_int_equal(f->co_stacksize, 3);
    assert_int_equal(f->co_framesize,
                     sizeof(Frame) + (3 + 3) * sizeof(PyObject *));
}

/* ---- statement boundaries ---- */

/* hook(n) is called as a statement where n for loops are running: the
   caller's stack holds their n iterators, then the call's own three
   values (hook, NULL, n), and nothing else. */
static int boundaries_checked;

static void
check_stack_at_statement(PyObject *const *args, Py_ssize_t nargs)
{
    assert_int_equal(nargs, 1);
    Frame *f = interp.frame;
    int depth = f->stacktop - f->code->co_nlocals;
    int loops = (int)PyLong_AsLong(args[0]);
    if (depth != loops + 3) {
        fail_msg("%s line %d: %d values on the stack, expected %d",
                 PyUnicode_AsUTF8(f->code->co_name), _PyFrame_GetLineNumber(f),
                 depth, loops + 3);
    }
    boundaries_checked++;
}

static void
test_statements_leave_nothing_on_the_stack(void **state)
{
    (void)state;
    install_hook(check_stack_at_statement);
    boundaries_checked = 0;
    assert_int_equal(mp_run("hook(0)\n"
                            "x = [1, 2, 3]\n"
                            "hook(0)\n"
                            "x[0] += x[1] * 2\n"
                            "hook(0)\n"
                            "a, b = 1, 2\n"
                            "hook(0)\n"
                            "if a < b < 3 and not x:\n"
                            "    pass\n"
                            "hook(0)\n"
                            "for i in x:\n"
                            "    hook(1)\n"
                            "    for j in x:\n"
                            "        hook(2)\n"
                            "        if j == 2:\n"
                            "            break\n"
                            "        hook(2)\n"
                            "    hook(1)\n"
                            "    if i == 1:\n"
                            "        continue\n"
                            "    hook(1)\n"
                            "hook(0)\n"
                            "def first(items):\n"
                            "    for i in items:\n"
                            "        hook(1)\n"
                            "        return i\n"
                            "first(x)\n"
                            "hook(0)\n"
                            "class A:\n"
                            "    hook(0)\n"
                            "    def __init__(self):\n"
                            "        hook(0)\n"
                            "        self.v = first(x) if x else None\n"
                            "        hook(0)\n"
                            "A()\n"
                            "n = 3\n"
                            "while n > 0:\n"
                            "    hook(0)\n"
                            "    n -= 1\n"
                            "hook(0)\n"),
                     0);
    assert_int_equal(boundaries_checked, 34);
}

/* ---- calls without C recursion ---- */

static uintptr_t c_stack_seen[4];
static int c_stack_calls;
static bool entry_seen[4];

/* Where the C stack is when the hook runs, and whether the Python frame
   that called it was entered from C. */
static void
record_c_stack(PyObject *const *args, Py_ssize_t nargs)
{
    (void)args, (void)nargs;
    char here;
    if (c_stack_calls < 4) {
        entry_seen[c_stack_calls] = interp.frame->is_entry;
        c_stack_seen[c_stack_calls++] = (uintptr_t)&here;
    }
}

/* A Python function calling another pushes a frame and the same C
   function goes on running: at the bottom of a recursion 500 deep the C
   stack is exactly where it is one call deep. */
static void
test_python_calls_do_not_grow_the_c_stack(void **state)
{
    (void)state;
    install_hook(record_c_stack);
    c_stack_calls = 0;
    assert_int_equal(mp_run("def down(n):\n"
                            "    if n == 0:\n"
                            "        hook()\n"
                            "        return 0\n"
                            "    return down(n - 1) + 1\n"
                            "down(1)\n"
                            "down(500)\n"),
                     0);
    assert_int_equal(c_stack_calls, 2);
    assert_int_equal(c_stack_seen[0], c_stack_seen[1]);
    assert_false(entry_seen[0]);
    assert_false(entry_seen[1]);
}

/* A class call runs __init__ from C (type_call): the loop is entered
   again, one level deeper in C, and the frame is an entry frame, whose
   return leaves that inner loop. */
static void
test_a_call_from_c_enters_the_loop_again(void **state)
{
    (void)state;
    install_hook(record_c_stack);
    c_stack_calls = 0;
    assert_int_equal(mp_run("class A:\n"
                            "    def __init__(self):\n"
                            "        hook()\n"
                            "def f():\n"
                            "    hook()\n"
                            "f()\n"
                            "A()\n"),
                     0);
    assert_int_equal(c_stack_calls, 2);
    assert_false(entry_seen[0]);
    assert_true(entry_seen[1]);
    assert_true(c_stack_seen[1] < c_stack_seen[0]); /* the stack grows down */
}

/* ---- small C stacks, in a child process ---- */

/* Run a command under ulimit -v and -s (KiB): sh sets the limits, then
   becomes the program. */
static RunResult
run_limited(const char *program, int vmem_kib, int stack_kib, const char *text)
{
    const char *path = mp_write_script(text);
    char limits[128];
    snprintf(limits, sizeof limits,
             "ulimit -v %d && ulimit -s %d && exec \"$0\" \"$@\"", vmem_kib,
             stack_kib);
    char *argv[] = {"/bin/sh",       "-c",         limits,
                    (char *)program, (char *)path, NULL};
    return mp_run_argv(argv, RUN_TIMEOUT);
}

static const char deep_recursion[] = "import sys\n"
                                     "sys.setrecursionlimit(110000)\n"
                                     "def down(n):\n"
                                     "    if n == 0:\n"
                                     "        return 0\n"
                                     "    return down(n - 1) + 1\n"
                                     "print(down(100000))\n";

/* 100,000 Python frames on a 256 KiB C stack: they are on the data
   stack, so the answer comes out, as it does in CPython 3.11 and 3.13
   under the same limits. */
static void
test_deep_recursion_runs_on_a_small_c_stack(void **state)
{
    (void)state;
    RunResult mp = run_limited(MINIPY_BIN, 800000, 256, deep_recursion);
    assert_exit_status(&mp, 0);
    assert_string_equal(mp.out, "100000\n");
    const char *pythons[] = {python_path(), python313_path()};
    for (size_t i = 0; i < 2; i++) {
        if (pythons[i] == NULL) {
            continue;
        }
        char *argv0 = (char *)pythons[i];
        RunResult py = run_limited(argv0, 800000, 256, deep_recursion);
        assert_string_equal(mp.out, py.out);
        assert_int_equal(WEXITSTATUS(py.status), 0);
        mp_free_result(&py);
    }
    mp_free_result(&mp);
}

/* A runaway recursion at the default limit, and one that runs __init__
   from C each time (so the C stack does grow), both end in
   RecursionError on a 256 KiB stack, and print(1) runs on 200 KiB. */
static void
test_a_small_c_stack_ends_in_recursion_error(void **state)
{
    (void)state;
    const char *scripts[] = {
        "def f(n):\n"
        "    return f(n + 1)\n"
        "print('start')\n"
        "f(0)\n",
        "import sys\n"
        "sys.setrecursionlimit(100000)\n"
        "class A:\n"
        "    def __init__(self, n):\n"
        "        A(n + 1)\n"
        "print('start')\n"
        "A(0)\n",
    };
    char line[256];
    for (size_t i = 0; i < 2; i++) {
        RunResult r = run_limited(MINIPY_BIN, 500000, 256, scripts[i]);
        assert_exit_status(&r, 1);
        assert_string_equal(r.out, "start\n");
        assert_true(strncmp(last_line(r.err, line, sizeof line),
                            "RecursionError: maximum recursion depth "
                            "exceeded",
                            48) == 0);
        mp_free_result(&r);
    }
    RunResult r = run_limited(MINIPY_BIN, 500000, 200, "print(1)\n");
    assert_exit_status(&r, 0);
    assert_string_equal(r.out, "1\n");
    mp_free_result(&r);
}

int
main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, mp_setup, mp_teardown)
    const struct CMUnitTest tests[] = {
        T(test_stacksize_is_the_deepest_a_run_reaches),
        T(test_a_frame_holds_its_stack_after_its_locals),
        T(test_statements_leave_nothing_on_the_stack),
        T(test_python_calls_do_not_grow_the_c_stack),
        T(test_a_call_from_c_enters_the_loop_again),
        cmocka_unit_test(test_deep_recursion_runs_on_a_small_c_stack),
        cmocka_unit_test(test_a_small_c_stack_ends_in_recursion_error),
    };
#undef T
    return cmocka_run_group_tests_name("eval loop", tests, NULL, NULL);
}
