/* The table of interned strings: one str for each text, names and
   name-like constants put there by the compiler, any str by sys.intern.
   As in CPython 3.13 the table's references do not count: an interned
   str nothing else holds is freed, and leaves the table. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "interning_test.h"

#include <glob.h>

static PyObject *
new_str(const char *text)
{
    PyObject *s = PyUnicode_FromString(text);
    assert_non_null(s);
    return s;
}

static void
test_equal_text_one_object(void **state)
{
    (void)state;
    session_start("pass\n");
    PyObject *a = new_str("interned text"), *b = new_str("interned text");
    assert_ptr_not_equal(a, b);
    PyObject *first = a;
    PyUnicode_InternInPlace(&a);
    assert_ptr_equal(a, first); /* the first becomes the table's */
    assert_true(is_interned(a));
    assert_int_equal(Py_REFCNT(a), 1); /* the table's two do not count */
    PyUnicode_InternInPlace(&b);       /* b's own str is freed */
    assert_ptr_equal(b, a);
    assert_int_equal(Py_REFCNT(a), 2);
    /* Interning again changes nothing. */
    PyUnicode_InternInPlace(&b);
    assert_ptr_equal(b, a);
    assert_int_equal(Py_REFCNT(a), 2);
    Py_DECREF(a);
    Py_DECREF(b);
    assert_int_equal(session_end(), 0);
}

/* The last reference frees an interned str and takes it out of the
   table: a later str of the same text is interned as itself, not
   replaced by the freed one (which ASan would catch). */
static void
test_unreferenced_strs_leave_the_table(void **state)
{
    (void)state;
    session_start("x = 1\n"); /* the table exists */
    /* The first deletion from a dict may make what it leaves in the
       deleted entry's place: delete once before counting. */
    PyObject *warm = new_str("warming up");
    PyUnicode_InternInPlace(&warm);
    Py_DECREF(warm);
    size_t before = interp.live_objects;
    PyObject *a = new_str("short-lived");
    PyUnicode_InternInPlace(&a);
    assert_true(is_interned(a));
    assert_int_equal(Py_REFCNT(a), 1);
    Py_DECREF(a);
    assert_int_equal(interp.live_objects, before);
    PyObject *b = new_str("short-lived");
    PyObject *made = b;
    PyUnicode_InternInPlace(&b);
    assert_ptr_equal(b, made);
    assert_true(is_interned(b));
    assert_int_equal(Py_REFCNT(b), 1);
    Py_DECREF(b);
    assert_int_equal(interp.live_objects, before);
    assert_int_equal(session_end(), 0);
}

/* A one-character str is cached and immortal already: interning it
   leaves it as it is. */
static void
test_cached_strs_are_left_alone(void **state)
{
    (void)state;
    session_start("pass\n");
    PyObject *q = new_str("q"), *same = q;
    PyUnicode_InternInPlace(&q);
    assert_ptr_equal(q, same);
    assert_true(_Py_IsImmortal(q));
    assert_int_equal(session_end(), 0);
}

/* The compiler interns names, attribute names and name-like constants;
   not other constants, not strs made at run time. */
static void
test_what_the_compiler_interns(void **state)
{
    (void)state;
    session_start("import sys\n"
                  "spam = 'spam'\n"
                  "snake = 'snake_case_2'\n"
                  "words = 'hello world!'\n"
                  "made = ''.join(['sp', 'am'])\n"
                  "made2 = ''.join(['hello', ' world!'])\n"
                  "found = sys.intern(made)\n"
                  "own = sys.intern(made2)\n"
                  "def colour():\n"
                  "    pass\n"
                  "class Shape:\n"
                  "    pass\n"
                  "obj = Shape()\n"
                  "obj.size = 3\n");
    PyObject *spam = global("spam");
    assert_true(is_interned(spam));
    assert_true(is_interned(global("snake")));
    /* A name is immortal, as 3.13 makes the names of code objects; the
       constant 'spam' is that name's str.  'snake_case_2' is a name-like
       constant but no name: interned, and mortal. */
    assert_true(_Py_IsImmortal(spam));
    assert_false(_Py_IsImmortal(global("snake")));
    assert_false(is_interned(global("words")));
    assert_false(is_interned(global("made")));
    assert_ptr_equal(global("found"), spam);
    /* Not name-like: the constant is not in the table, made2 is now. */
    assert_ptr_equal(global("own"), global("made2"));
    assert_ptr_not_equal(global("own"), global("words"));
    /* The key of the global "spam" is the constant 'spam'; the names of
       the function, the class and the instance are interned, and
       immortal. */

    PyObject *key, *value;
    Py_ssize_t pos = 0;
    bool seen = false;
    while (PyDict_Next(interp.globals, &pos, &key, &value)) {
        const char *text = PyUnicode_AsUTF8(key);
        if (strcmp(text, "colour") == 0 || strcmp(text, "Shape") == 0 ||
            strcmp(text, "obj") == 0) {
            assert_true(is_interned(key));
            assert_true(_Py_IsImmortal(key));
        }
        if (strcmp(text, "spam") == 0) {
            assert_ptr_equal(key, spam);
            seen = true;
        }
    }
    assert_true(seen);
    assert_int_equal(session_end(), 0);
}

/* Through sys.intern, as a script sees it: counts and identities are
   CPython 3.13's. */
static const char *const intern_script =
    "import sys\n"
    "a = sys.intern(''.join(['inter', 'ned!']))\n"
    "b = sys.intern(''.join(['inter', 'ned!']))\n"
    "print(a is b, sys.getrefcount(a))\n"
    "del b\n"
    "print(sys.getrefcount(a))\n"
    "c = ''.join(['x', 'y', 'z'])\n"
    "print(sys.intern(c) is c, sys.getrefcount(c))\n"
    "print(sys.intern('xyz') is c)\n"
    "d = ''.join(['x', 'y', '!'])\n"
    "print(sys.intern(d) is d, sys.getrefcount(d))\n";

/* CPython 3.13, if this machine has one: python3 if it is 3.13, else
   pyenv's.  NULL without. */
static const char *
python313(char *buf, size_t size)
{
    const char *argv[] = {python(), "-c",
                          "import sys; print(sys.version_info[:2] == (3, 13))",
                          NULL};
    Outcome o = run_argv(argv, NULL, NULL);
    bool is313 = o.status == 0 && strcmp(o.out, "True\n") == 0;
    outcome_free(&o);
    if (is313) {
        snprintf(buf, size, "%s", python());
        return buf;
    }
    const char *root_argv[] = {"pyenv", "root", NULL};
    o = run_argv(root_argv, NULL, NULL);
    const char *found = NULL;
    if (o.status == 0) {
        o.out[strcspn(o.out, "\n")] = '\0';
        char pattern[512];
        snprintf(pattern, sizeof pattern, "%s/versions/3.13*/bin/python3",
                 o.out);
        glob_t g;
        if (glob(pattern, 0, NULL, &g) == 0 && g.gl_pathc > 0) {
            snprintf(buf, size, "%s", g.gl_pathv[g.gl_pathc - 1]);
            found = buf;
        }
        if (g.gl_pathc > 0 || found == NULL)
            globfree(&g);
    }
    outcome_free(&o);
    return found;
}

static void
test_sys_intern_counts_match_313(void **state)
{
    (void)state;
    char path[64], real[512];
    write_script(intern_script, path);
    Outcome mine = run_program(MINIPY, path, NULL, NULL);
    assert_int_equal(mine.status, 0);
    /* 'xyz' is a name-like constant of the script: interned when it was
       compiled, before c was made. */
    assert_string_equal(mine.out, "True 3\n2\nFalse 2\nFalse\nTrue 2\n");
    const char *cpython = python313(real, sizeof real);
    if (cpython == NULL) {
        print_message("no CPython 3.13 here: minipy's counts checked "
                      "against the numbers alone\n");
    } else {
        Outcome theirs = run_program(cpython, path, NULL, NULL);
        assert_int_equal(theirs.status, 0);
        assert_string_equal(theirs.out, mine.out);
        outcome_free(&theirs);
    }
    unlink(path);
    outcome_free(&mine);
}

static void
test_sys_intern_refuses_a_non_str(void **state)
{
    (void)state;
    char path[64];
    write_script("import sys\nsys.intern(5)\n", path);
    Outcome o = run_program(MINIPY, path, NULL, NULL);
    unlink(path);
    assert_int_equal(o.status, 1);
    assert_non_null(
        strstr(o.err, "TypeError: intern() argument must be str, not int\n"));
    outcome_free(&o);
}

/* No leak: chapter 4's conformance scripts under MINIPY_CHECK_LEAKS,
   which makes minipy exit 3 when any object outlives the teardown. */
static void
test_no_leaks(void **state)
{
    (void)state;
    glob_t g;
    assert_int_equal(glob(CONFORMANCE_DIR "/intern_*.py", 0, NULL, &g), 0);
    assert_true(g.gl_pathc >= 5);
    const char *env[] = {"MINIPY_CHECK_LEAKS=1", NULL};
    for (size_t i = 0; i < g.gl_pathc; i++) {
        Outcome o = run_program(MINIPY, g.gl_pathv[i], NULL, env);
        if (o.status != 0 && o.status != 1)
            fail_msg("%s: exit %d\n%s", g.gl_pathv[i], o.status, o.err);
        outcome_free(&o);
    }
    globfree(&g);
    /* In this process: everything the scripts made is freed. */
    session_start("import sys\n"
                  "a = sys.intern(''.join(['ab', 'cd!']))\n"
                  "t = ((1, 2), 'x', 500)\n"
                  "def f():\n"
                  "    return (1, 2)\n"
                  "u = f()\n");
    assert_int_equal(session_end(), 0);
}

static const struct CMUnitTest tests[] = {
    cmocka_unit_test_teardown(test_equal_text_one_object, session_teardown),
    cmocka_unit_test_teardown(test_unreferenced_strs_leave_the_table,
                              session_teardown),
    cmocka_unit_test_teardown(test_cached_strs_are_left_alone,
                              session_teardown),
    cmocka_unit_test_teardown(test_what_the_compiler_interns, session_teardown),
    cmocka_unit_test(test_sys_intern_counts_match_313),
    cmocka_unit_test(test_sys_intern_refuses_a_non_str),
    cmocka_unit_test_teardown(test_no_leaks, session_teardown),
};

int
main(void)
{
    char base;
    test_stack_base = &base;
    return cmocka_run_group_tests(tests, NULL, NULL);
}
