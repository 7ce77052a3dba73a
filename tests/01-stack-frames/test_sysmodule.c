/* The sys module: what minipy says of an attribute CPython has and it
   lacks, sys.exit's exit status, and sys.getsizeof through the C API
   (what the conformance scripts cannot ask CPython to agree with). */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "minipy_test.h"

#include "moduleobject.h"
#include "sysmodule.h"

/* sys.version_info exists in CPython 3.13: not an AttributeError, and
   hasattr() and getattr() with a default pass the error on, as they
   pass on anything but AttributeError.  Deleting it says the same. */
static void
test_an_attribute_cpython_has_is_not_supported(void **state)
{
    (void)state;
    const char *scripts[] = {
        "import sys\nv = sys.version_info\n",
        "import sys\nprint(hasattr(sys, 'version_info'))\n",
        "import sys\nprint(getattr(sys, 'version_info', None))\n",
        "import sys\ndel sys.version_info\n",
    };
    for (size_t i = 0; i < sizeof scripts / sizeof *scripts; i++) {
        RunResult r = run_minipy(scripts[i]);
        assert_exit_status(&r, 1);
        assert_string_equal(r.out, "");
        assert_true(matches(r.err, "line 2, in <module>\n.*\n"
                                   "NotImplementedError: minipy does not "
                                   "support sys.version_info\n$"));
        mp_free_result(&r);
    }
    RunResult r = run_minipy("import time\ntime.sleep(1)\n");
    assert_true(matches(r.err, "NotImplementedError: minipy does not "
                               "support time.sleep\n$"));
    mp_free_result(&r);
}

/* Every name of the lists is CPython's, and no other. */
static void
test_the_lists_hold_cpythons_names(void **state)
{
    (void)state;
    assert_true(_PyModule_IsCPythons("sys", "getsizeof"));
    assert_true(_PyModule_IsCPythons("sys", "version_info"));
    assert_true(_PyModule_IsCPythons("sys", "__breakpointhook__"));
    assert_true(_PyModule_IsCPythons("gc", "get_referrers"));
    assert_true(_PyModule_IsCPythons("time", "time"));
    assert_false(_PyModule_IsCPythons("sys", "ps1")); /* the prompt's */
    assert_false(_PyModule_IsCPythons("sys", "nope"));
    assert_false(_PyModule_IsCPythons("sys", "time"));
    assert_false(_PyModule_IsCPythons("os", "path"));
}

/* The exit status is the code's low byte; anything else is printed
   and gives 1; an error inside a finally on the way out is an error. */
static void
test_sys_exit_gives_the_status(void **state)
{
    (void)state;
    struct {
        const char *script;
        int status;
        const char *err;
    } cases[] = {
        {"import sys\nsys.exit(256 + 5)\n", 5, ""},
        {"import sys\nsys.exit(-1)\n", 255, ""},
        {"import sys\nsys.exit(True)\n", 1, ""},
        {"import sys\nsys.exit([1, 'a'])\n", 1, "[1, 'a']\n"},
        {"import sys\nsys.exit(9223372036854775807)\n", 255, ""},
        {"raise SystemExit('caf\xc3\xa9')\n", 1, "caf\xc3\xa9\n"},
        {"class E(SystemExit):\n    pass\nraise E(4)\n", 4, ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        RunResult r = run_minipy(cases[i].script);
        assert_exit_status(&r, cases[i].status);
        assert_string_equal(r.err, cases[i].err);
        mp_free_result(&r);
    }
    RunResult r = run_minipy("import sys\ntry:\n    sys.exit(3)\nfinally:\n"
                             "    1 // 0\n");
    assert_exit_status(&r, 1);
    assert_true(matches(r.err, "SystemExit: 3\n\nDuring handling.*\n"
                               "ZeroDivisionError: integer division or "
                               "modulo by zero\n$"));
    mp_free_result(&r);
}

/* In process: the sizes a script would see, and the default. */
static void
test_getsizeof_through_the_c_api(void **state)
{
    (void)state;
    assert_int_equal(mp_run("import sys\n"
                            "a = sys.getsizeof([])\n"
                            "b = sys.getsizeof({'a': 1})\n"
                            "c = sys.getsizeof('\\u20ac' * 3)\n"
                            "d = sys.getsizeof(2 ** 62)\n"
                            "class A:\n"
                            "    def __sizeof__(self):\n"
                            "        return 'x'\n"
                            "e = sys.getsizeof(A(), -1)\n"),
                     0);
    assert_global_int("a", 56);
    assert_global_int("b", 184);
    assert_global_int("c", 56 + 4 * 2);
    assert_global_int("d", 36);
    assert_global_int("e", -1);
}

int
main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, mp_setup, mp_teardown)
    const struct CMUnitTest tests[] = {
        T(test_an_attribute_cpython_has_is_not_supported),
        T(test_the_lists_hold_cpythons_names),
        T(test_sys_exit_gives_the_status),
        T(test_getsizeof_through_the_c_api),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
