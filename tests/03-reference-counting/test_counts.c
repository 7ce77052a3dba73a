/* Counts after every kind of binding and unbinding.  Each case runs a
   script, then reads ob_refcnt of the objects its globals name.  The
   expected numbers are written out, and checked against CPython too:
   the same script, followed by sys.getrefcount(name) - 1 for each. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "refcount_test.h"

typedef struct {
    const char *source;
    /* "a=2 b=1": the object a names has 2 references, b's 1;
       "n==4": the int n names is 4 (a count the script measured) */
    const char *expect;
} CountCase;

/* The script followed by lines that print, in CPython, what each
   expectation reads: the count without getrefcount's argument, or the
   value. */
static void
python_epilogue(const CountCase *c, char *buf, size_t size)
{
    int used = snprintf(buf, size, "%s\nimport sys as _sys_\n", c->source);
    char copy[256];
    snprintf(copy, sizeof copy, "%s", c->expect);
    for (char *tok = strtok(copy, " "); tok != NULL; tok = strtok(NULL, " ")) {
        char *eq = strchr(tok, '=');
        *eq = '\0';
        if (eq[1] == '=')
            used +=
                snprintf(buf + used, size - (size_t)used, "print(%s)\n", tok);
        else
            used += snprintf(buf + used, size - (size_t)used,
                             "print(_sys_.getrefcount(%s) - 1)\n", tok);
        assert_true((size_t)used < size);
    }
}

static void check_case(void **state);

#define CLASS_C "class C:\n    pass\n"

static const CountCase assignment = {"a = []\n", "a=1"};
static const CountCase two_names = {"a = []\nb = a\nc = a\n", "a=3"};
static const CountCase chained = {"a = b = c = []\n", "a=3"};
static const CountCase rebinding = {"a = []\nb = a\nb = {}\n", "a=1 b=1"};
static const CountCase rebinding_to_itself = {"a = []\na = a\n", "a=1"};
static const CountCase del_name = {"a = []\nb = a\ndel b\n", "a=1"};
static const CountCase del_names = {"a = []\nb = a\nc = a\ndel b, c\n", "a=1"};

static const CountCase list_items = {"v = []\nl = [v, v, v]\n", "v=4 l=1"};
static const CountCase del_item = {"v = []\nl = [v, v, v]\ndel l[0]\n", "v=3"};
static const CountCase item_replaced = {"v = []\nl = [v, v]\nl[1] = None\n",
                                        "v=2"};
static const CountCase append_pop = {
    "v = []\nl = []\nl.append(v)\nl.append(v)\ny = l.pop()\n", "v=3"};
static const CountCase pop_discarded = {"v = []\nl = [v]\nl.pop()\n", "v=1"};
static const CountCase tuple_items = {"v = []\nt = (v, v)\n", "v=3 t=1"};
static const CountCase del_tuple = {"v = []\nt = (v, v)\ndel t\n", "v=1"};

static const CountCase dict_value = {"v = []\nd = {\"k\": v}\n", "v=2"};
static const CountCase del_key = {"v = []\nd = {\"k\": v}\ndel d[\"k\"]\n",
                                  "v=1"};
static const CountCase value_replaced = {
    "v = []\nd = {\"k\": v}\nd[\"k\"] = None\n", "v=1"};
static const CountCase dict_key = {CLASS_C "k = C()\nd = {k: 1}\n", "k=2"};
static const CountCase del_dict_key = {
    CLASS_C "k = C()\nd = {k: 1}\ndel d[k]\n", "k=1"};
static const CountCase dict_get = {"v = []\nd = {\"k\": v}\nw = d.get(\"k\")\n",
                                   "v=3"};

static const CountCase attribute = {
    CLASS_C "o = C()\nv = []\no.x = v\no.y = v\n", "v=3 o=1"};
static const CountCase del_attribute = {
    CLASS_C "o = C()\nv = []\no.x = v\no.y = v\ndel o.x\n", "v=2"};
static const CountCase attribute_rebound = {
    CLASS_C "o = C()\nv = []\no.x = v\no.x = None\n", "v=1"};
/* (o.shared = o, or C.shared = o, would be a cycle: o refers to C) */
static const CountCase class_attribute = {
    CLASS_C "class Holder:\n    pass\no = C()\nHolder.shared = o\n", "o=2"};
static const CountCase class_body = {"v = []\nclass D:\n    x = v\n    y = v\n",
                                     "v=3"};
static const CountCase containers_dropped = {
    "v = []\nl = [v]\nd = {\"k\": v}\nt = (v,)\n" CLASS_C
    "o = C()\no.x = v\ndel l, d, t, o\n",
    "v=1"};

static const CountCase local_kept = {
    "keep = []\ndef f():\n    x = []\n    y = x\n    keep.append(x)\n"
    "f()\nv = keep[0]\n",
    "v=2"};
static const CountCase returned = {"def f():\n    x = []\n    return x\n"
                                   "r = f()\n",
                                   "r=1"};
static const CountCase argument_kept = {
    "keep = []\ndef f(x):\n    keep.append(x)\na = []\nf(a)\n", "a=2"};
static const CountCase argument_released = {
    "def f(x):\n    y = x\n    return None\na = []\nf(a)\nf(a)\n", "a=1"};
static const CountCase argument_moved = {
    "import sys\ndef f(x):\n    y = x\n    return sys.getrefcount(x)\n"
    "a = []\nn = f(a)\n",
    "n==4 a=1"};
static const CountCase keyword_argument_moved = {
    "import sys\ndef f(x, y):\n    return sys.getrefcount(y)\n"
    "a = []\nn = f(None, y=a)\n",
    "n==3"};
static const CountCase global_statement = {
    "def f():\n    global g\n    g = []\n    h = g\nf()\n", "g=1"};
/* (a call once took a reference to its function and never gave it back) */
static const CountCase calls_leave_the_function = {
    "def f(x):\n    return x\nf(1)\nf(f)\nl = [f]\nl[0](2)\n", "f=2"};
static const CountCase function_object = {"def f():\n    pass\ng = f\n"
                                          "l = [f]\n",
                                          "f=3"};

static const CountCase for_variable = {
    "v = []\nl = [v]\nfor x in l:\n    pass\n", "v=3"};
static const CountCase for_over_temporary = {
    "v = []\nfor x in [v, v]:\n    pass\n", "v=2"};
static const CountCase for_variable_deleted = {
    "v = []\nfor x in [v]:\n    pass\ndel x\n", "v=1"};
static const CountCase swap = {"p = []\nq = {}\na = p\nb = q\n"
                               "a, b = b, a\n",
                               "p=2 q=2 a=2 b=2"};
static const CountCase unpack_list = {"v = []\na, b = [v, v]\n", "v=3"};
static const CountCase inplace_on_alias = {"a = []\nb = a\nb += [1]\n",
                                           "a=2 b=2"};
static const CountCase inplace_attribute = {
    CLASS_C "o = C()\no.l = []\nv = o.l\no.l += [1]\n", "v=2"};
static const CountCase concatenation = {"a = []\nb = a\nb = b + [1]\n",
                                        "a=1 b=1"};

static const CountCase bound_method = {
    "class C:\n    def m(self):\n        pass\no = C()\nm = o.m\n", "o=2 m=1"};
static const CountCase bound_method_deleted = {
    "class C:\n    def m(self):\n        pass\no = C()\nm = o.m\ndel m\n"
    "o.m()\n",
    "o=1"};
static const CountCase method_call_argument = {
    "import sys\nclass C:\n    def m(self, x):\n"
    "        return sys.getrefcount(x)\n"
    "o = C()\na = []\nn = o.m(a)\n",
    "n==3 a=1 o=1"};
static const CountCase bound_method_call_argument = {
    "import sys\nclass C:\n    def m(self, x):\n"
    "        return sys.getrefcount(x)\n"
    "o = C()\nbm = o.m\na = []\nn = bm(a)\n",
    "n==3 a=1 o=2"};
static const CountCase self_in_method = {
    "import sys\nclass C:\n    def m(self):\n"
    "        return sys.getrefcount(self)\n"
    "o = C()\nn = o.m()\n",
    "n==3 o=1"};

static const CountCase temporaries = {
    "a = []\nb = [a][0]\nc = {\"k\": a}[\"k\"]\nd = (a, a)[1]\n"
    "e = a if a is a else None\n",
    "a=5"};
static const CountCase builtins_borrow = {
    "a = []\nn = len(a)\nt = isinstance(a, list)\ns = repr(a)\n"
    "i = id(a)\nr = a in [a, a]\nu = a == a\n",
    "a=1"};
static const CountCase results_dropped = {
    "def f(x):\n    return x\na = []\nf(a)\nf(f(a))\n", "a=1"};
static const CountCase getrefcount_argument = {
    "import sys\na = []\nb = a\nn = sys.getrefcount(a)\n", "n==3 a=2"};
static const CountCase returned_straight = {
    "import sys\ndef make():\n    return [1]\nn = sys.getrefcount(make())\n",
    "n==1"};

#define CASE(c)                                                                \
    {                                                                          \
#c, check_case, NULL, session_teardown, (void *)&c                     \
    }

/* An error half-way through an expression releases what it had made:
   the half-built list lets go of its two references to a. */
static void
test_error_half_way_through_a_list_display(void **state)
{
    (void)state;
    assert_int_equal(session_run("a = []\nb = [a, a, undefined]\n"), -1);
    assert_true(PyErr_ExceptionMatches(EXC_NAME));
    assert_int_equal(refs("a"), 1);
    assert_int_equal(session_end(), 0);
}

static void
test_error_half_way_through_a_call(void **state)
{
    (void)state;
    assert_int_equal(session_run("def f(x, y):\n    return x\n"
                                 "a = []\nf(a, a, a)\n"),
                     -1);
    assert_true(PyErr_ExceptionMatches(EXC_TYPE));
    assert_int_equal(refs("a"), 1);
    assert_int_equal(session_end(), 0);
}

/* The error leaves the function's frame: its locals are released. */
static void
test_error_in_a_frame_releases_its_locals(void **state)
{
    (void)state;
    assert_int_equal(session_run("def f(x):\n    y = x\n    z = [x, y]\n"
                                 "    return 1 // 0\na = []\nf(a)\n"),
                     -1);
    assert_true(PyErr_ExceptionMatches(EXC_ZERO_DIVISION));
    assert_int_equal(refs("a"), 1);
    assert_int_equal(session_end(), 0);
}

static void
test_error_in_a_store_target(void **state)
{
    (void)state;
    assert_int_equal(session_run("a = []\nb = [a]\nd = {}\n"
                                 "d[b] = a\n"),
                     -1);
    assert_true(PyErr_ExceptionMatches(EXC_TYPE));
    assert_int_equal(refs("a"), 2);
    assert_int_equal(refs("b"), 1);
    assert_int_equal(session_end(), 0);
}

/* Objects made inside a function and not returned are gone when it
   returns; a returned one is not. */
static void
test_locals_die_with_their_frame(void **state)
{
    (void)state;
    session_start(CLASS_C "def scratch():\n    x = C()\n    y = [x, x]\n"
                          "    z = {\"y\": y}\n"
                          "def make():\n    x = C()\n    y = [x, x]\n"
                          "    return y\n");
    size_t live = interp.live_objects;
    call("scratch", 0, NULL);
    assert_int_equal(interp.live_objects, live);
    PyObject *result = PyObject_Call(global("make"), NULL, 0, NULL);
    assert_non_null(result);
    assert_int_equal(Py_REFCNT(result), 1);
    assert_int_equal(Py_REFCNT(PyList_GET_ITEM(result, 0)), 2);
    assert_int_equal(interp.live_objects, live + 2);
    Py_DECREF(result);
    assert_int_equal(interp.live_objects, live);
    assert_int_equal(session_end(), 0);
}

/* C code calling a Python function lends it its arguments: the frame
   takes a reference of its own, and drops it when it pops. */
static void
test_a_c_caller_lends_its_arguments(void **state)
{
    (void)state;
    session_start("import sys\ndef f(x):\n    global n\n"
                  "    n = sys.getrefcount(x)\na = []\n");
    PyObject *a = global("a");
    call("f", 1, &a);
    /* the global a, the frame's x, getrefcount's argument */
    assert_int_equal(global_int("n"), 3);
    assert_int_equal(Py_REFCNT(a), 1);
    assert_int_equal(session_end(), 0);
}

static const struct CMUnitTest tests[] = {
    CASE(assignment),
    CASE(two_names),
    CASE(chained),
    CASE(rebinding),
    CASE(rebinding_to_itself),
    CASE(del_name),
    CASE(del_names),
    CASE(list_items),
    CASE(del_item),
    CASE(item_replaced),
    CASE(append_pop),
    CASE(pop_discarded),
    CASE(tuple_items),
    CASE(del_tuple),
    CASE(dict_value),
    CASE(del_key),
    CASE(value_replaced),
    CASE(dict_key),
    CASE(del_dict_key),
    CASE(dict_get),
    CASE(attribute),
    CASE(del_attribute),
    CASE(attribute_rebound),
    CASE(class_attribute),
    CASE(class_body),
    CASE(containers_dropped),
    CASE(local_kept),
    CASE(returned),
    CASE(argument_kept),
    CASE(argument_released),
    CASE(argument_moved),
    CASE(keyword_argument_moved),
    CASE(global_statement),
    CASE(calls_leave_the_function),
    CASE(function_object),
    CASE(for_variable),
    CASE(for_over_temporary),
    CASE(for_variable_deleted),
    CASE(swap),
    CASE(unpack_list),
    CASE(inplace_on_alias),
    CASE(inplace_attribute),
    CASE(concatenation),
    CASE(bound_method),
    CASE(bound_method_deleted),
    CASE(method_call_argument),
    CASE(bound_method_call_argument),
    CASE(self_in_method),
    CASE(temporaries),
    CASE(builtins_borrow),
    CASE(results_dropped),
    CASE(getrefcount_argument),
    CASE(returned_straight),
    cmocka_unit_test_teardown(test_error_half_way_through_a_list_display,
                              session_teardown),
    cmocka_unit_test_teardown(test_error_half_way_through_a_call,
                              session_teardown),
    cmocka_unit_test_teardown(test_error_in_a_frame_releases_its_locals,
                              session_teardown),
    cmocka_unit_test_teardown(test_error_in_a_store_target, session_teardown),
    cmocka_unit_test_teardown(test_locals_die_with_their_frame,
                              session_teardown),
    cmocka_unit_test_teardown(test_a_c_caller_lends_its_arguments,
                              session_teardown),
};
static const size_t ntests = sizeof tests / sizeof *tests;
static char *cpython_says[sizeof tests / sizeof *tests];

/* One CPython run for all the cases (it starts slowly): each case's
   script, with its epilogue, runs in a namespace of its own, as a
   script's top level runs in __main__'s. */
static int
ask_cpython(void **state)
{
    (void)state;
    size_t cap = 1 << 16, used = 0;
    char *driver = malloc(cap);
    assert_non_null(driver);
    used += (size_t)sprintf(driver, "for src in [\n");
    for (size_t i = 0; i < ntests; i++) {
        if (tests[i].test_func != check_case)
            continue;
        char source[4096];
        python_epilogue(tests[i].initial_state, source, sizeof source);
        size_t len = strlen(source);
        while (used + 2 * len + 256 > cap) {
            driver = realloc(driver, cap *= 2);
            assert_non_null(driver);
        }
        used += (size_t)sprintf(driver + used, "    bytes.fromhex('");
        for (size_t j = 0; j < len; j++)
            used += (size_t)sprintf(driver + used, "%02x",
                                    (unsigned char)source[j]);
        used += (size_t)sprintf(driver + used, "').decode(),\n");
    }
    snprintf(driver + used, cap - used,
             "]:\n"
             "    exec(src, {'__name__': '__main__'})\n"
             "    print('--')\n");
    char path[64];
    write_script(driver, path);
    free(driver);
    Outcome cpython = run_program(python(), path, NULL, NULL);
    unlink(path);
    if (cpython.status != 0)
        fail_msg("CPython failed:\n%s", cpython.err);
    char *next = cpython.out;
    for (size_t i = 0; i < ntests; i++) {
        if (tests[i].test_func != check_case)
            continue;
        char *end = strstr(next, "--\n");
        assert_non_null(end);
        *end = '\0';
        cpython_says[i] = strdup(next);
        next = end + 3;
    }
    outcome_free(&cpython);
    return 0;
}

static void
check_case(void **state)
{
    const CountCase *c = *state;
    session_start(c->source);
    char copy[256];
    snprintf(copy, sizeof copy, "%s", c->expect);
    char expected_lines[1024] = "", *line = expected_lines;
    for (char *tok = strtok(copy, " "); tok != NULL; tok = strtok(NULL, " ")) {
        char *eq = strchr(tok, '=');
        assert_non_null(eq);
        *eq = '\0';
        bool value = eq[1] == '=';
        long want = strtol(eq + 1 + value, NULL, 10);
        long got = value ? (long)global_int(tok) : (long)refs(tok);
        if (got != want)
            fail_msg("%s: %s is %ld in minipy, expected %ld", tok,
                     value ? "the value" : "the count", got, want);
        line += sprintf(line, "%ld\n", want);
    }
    assert_int_equal(session_end(), 0);

    size_t i = 0;
    while (i < ntests && tests[i].initial_state != c)
        i++;
    assert_true(i < ntests);
    assert_non_null(cpython_says[i]);
    if (strcmp(cpython_says[i], expected_lines) != 0)
        fail_msg("CPython disagrees with the expected numbers:\n%s\n"
                 "expected:\n%s",
                 cpython_says[i], expected_lines);
}

int
main(void)
{
    char base;
    test_stack_base = &base;
    return cmocka_run_group_tests(tests, ask_cpython, NULL);
}
