/* print and repr: every value printed as CPython prints it.  Each
   script runs under minipy and the machine's python3; addresses, which
   differ between the two, are compared as a pattern. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "minipy_test.h"

/* Both print the same with every address replaced by 0xADDR, and
   minipy did print as many addresses as CPython. */
static char *
mask_addresses(const char *text, int *count)
{
    char *out = malloc(strlen(text) + 1), *o = out;
    assert_non_null(out);
    *count = 0;
    while (*text) {
        if (text[0] == '0' && text[1] == 'x') {
            size_t n = 2;
            while (strchr("0123456789abcdef", text[n]) && text[n]) {
                n++;
            }
            if (n > 2) {
                o += sprintf(o, "0xADDR");
                text += n;
                ++*count;
                continue;
            }
        }
        *o++ = *text++;
    }
    *o = '\0';
    return out;
}

static void
assert_prints_like_python_but_addresses(const char *script)
{
    RunResult py = run_python(script);
    RunResult mp = run_minipy(script);
    assert_exit_status(&mp, 0);
    int py_count, mp_count;
    char *py_out = mask_addresses(py.out, &py_count);
    char *mp_out = mask_addresses(mp.out, &mp_count);
    assert_string_equal(mp_out, py_out);
    assert_true(py_count > 0);
    assert_int_equal(mp_count, py_count);
    assert_true(matches(mp.out, "0x[0-9a-f]{6,}"));
    free(py_out);
    free(mp_out);
    mp_free_result(&py);
    mp_free_result(&mp);
}

static void
test_ints(void **state)
{
    (void)state;
    assert_same_as_python("print(0, 7, -7, 1000000, -0)\n"
                          "print(9223372036854775807)\n"
                          "print(-9223372036854775807 - 1)\n"
                          "print(repr(-42), str(42), repr(0))\n"
                          "print([-1, 2], (-3,), {-4: -5})\n");
}

static void
test_strings_print_bare_and_repr_quoted(void **state)
{
    (void)state;
    assert_same_as_python("print('plain', \"double\")\n"
                          "print(repr('plain'), str('plain'), repr(''))\n"
                          "print(['in', 'a list'], ('in a tuple',))\n");
}

static void
test_repr_chooses_the_quotes_python_does(void **state)
{
    (void)state;
    assert_same_as_python("print(repr(\"it's\"))\n"
                          "print(repr('say \"hi\"'))\n"
                          "print(repr('both \\' and \"'))\n"
                          "print(repr(\"'\"), repr('\"'), repr('\\'\"'))\n");
}

static void
test_repr_escapes_control_characters(void **state)
{
    (void)state;
    assert_same_as_python("print(repr('a\\nb\\tc\\rd'))\n"
                          "print(repr('back\\\\slash'))\n"
                          "print(repr('\\x00\\x01\\x1f\\x7f\\x80\\x9f'))\n"
                          "print(repr('\\a\\b\\f\\v'))\n"
                          "print(['\\n', '\\x01'])\n");
}

static void
test_repr_keeps_printable_non_ascii_and_escapes_the_rest(void **state)
{
    (void)state;
    assert_same_as_python("print(repr('caf\\u00e9 \\u20ac \\u4e2d "
                          "\\U0001F600'))\n"
                          "print(repr('\\u2028 \\u2029 \\u00a0 \\u200b "
                          "\\ufeff \\u00ad'))\n"
                          "print('caf\\u00e9', len('caf\\u00e9'))\n");
}

static void
test_lists(void **state)
{
    (void)state;
    assert_same_as_python("print([])\n"
                          "print([1])\n"
                          "print([1, 'two', None, True, [], ()])\n"
                          "print([[1, [2, [3, [4]]]], [[]]])\n"
                          "print(repr([1, 2]) == str([1, 2]))\n");
}

static void
test_tuples_with_one_item_keep_their_comma(void **state)
{
    (void)state;
    assert_same_as_python("print(())\n"
                          "print((1,))\n"
                          "print((1, 2))\n"
                          "print(((),), ((1,),), (1, (2,), [3]))\n"
                          "t = 5,\n"
                          "print(t, repr(t))\n");
}

static void
test_dicts_keep_insertion_order(void **state)
{
    (void)state;
    assert_same_as_python("print({})\n"
                          "d = {'b': 1, 'a': 2, 3: [4], (5,): 'six'}\n"
                          "print(d)\n"
                          "d['a'] = 'again'\n"
                          "d['new'] = 0\n"
                          "print(d)\n");
}

static void
test_a_dict_after_deletion_keeps_its_order(void **state)
{
    (void)state;
    assert_same_as_python("d = {}\n"
                          "for i in range(20):\n"
                          "    d[i] = i * i\n"
                          "for i in range(0, 20, 3):\n"
                          "    del d[i]\n"
                          "d[0] = 'back'\n"
                          "print(d)\n"
                          "print(len(d))\n");
}

static void
test_none_true_false(void **state)
{
    (void)state;
    assert_same_as_python("print(None, True, False)\n"
                          "print(repr(None), str(True), repr(False))\n"
                          "print([None, True, False], {None: False})\n"
                          "print(1 == 1, 1 == 2, not None)\n");
}

static void
test_a_list_that_contains_itself(void **state)
{
    (void)state;
    assert_same_as_python("a = [1]\n"
                          "a.append(a)\n"
                          "print(a)\n"
                          "b = [a, [a]]\n"
                          "print(b)\n"
                          "c = []\n"
                          "d = [c]\n"
                          "c.append(d)\n"
                          "print(c, d)\n");
}

static void
test_a_dict_that_contains_itself(void **state)
{
    (void)state;
    assert_same_as_python("d = {'k': 1}\n"
                          "d['self'] = d\n"
                          "print(d)\n"
                          "l = [d]\n"
                          "d['list'] = l\n"
                          "print(d, l)\n");
}

static void
test_the_same_list_twice_is_not_a_cycle(void **state)
{
    (void)state;
    assert_same_as_python("x = [1]\n"
                          "print([x, x, (x, x)])\n"
                          "print({'a': x, 'b': x})\n");
}

static void
test_types_and_classes(void **state)
{
    (void)state;
    assert_same_as_python("class A:\n"
                          "    pass\n"
                          "class B(A):\n"
                          "    pass\n"
                          "print(A, B, [A])\n"
                          "print(int, str, list, tuple, dict, bool, type)\n"
                          "print(type(None), type(A), type(B()), object)\n");
}

static void
test_functions(void **state)
{
    (void)state;
    assert_prints_like_python_but_addresses("def f():\n"
                                            "    pass\n"
                                            "print(f)\n"
                                            "print(repr(f), [f])\n");
}

static void
test_methods_and_bound_methods(void **state)
{
    (void)state;
    assert_prints_like_python_but_addresses("class A:\n"
                                            "    def m(self):\n"
                                            "        pass\n"
                                            "print(A.m)\n"
                                            "a = A()\n"
                                            "print(a.m)\n");
}

static void
test_instances(void **state)
{
    (void)state;
    assert_prints_like_python_but_addresses(
        "class A:\n"
        "    pass\n"
        "a = A()\n"
        "print(a)\n"
        "print([a, a], repr(a) == str(a))\n");
}

static void
test_builtin_functions_and_methods(void **state)
{
    (void)state;
    assert_same_as_python("print(len, print, repr, isinstance)\n");
    assert_prints_like_python_but_addresses("x = []\n"
                                            "print(x.append)\n");
}

static void
test_range_objects(void **state)
{
    (void)state;
    assert_same_as_python("print(range(5), range(1, 5), range(1, 10, 2))\n"
                          "print(range(0), repr(range(-3, 3)))\n");
}

static void
test_an_address_is_the_objects_id(void **state)
{
    (void)state;
    RunResult r = run_minipy("class A:\n"
                             "    pass\n"
                             "a = A()\n"
                             "print(repr(a))\n"
                             "print(id(a))\n");
    assert_exit_status(&r, 0);
    unsigned long long address = 0;
    long long id = 0;
    assert_int_equal(
        sscanf(r.out, "<__main__.A object at 0x%llx>\n%lld", &address, &id), 2);
    assert_int_equal(address, (unsigned long long)id);
    mp_free_result(&r);
}

static void
test_print_sep_and_end(void **state)
{
    (void)state;
    assert_same_as_python("print('a', 'b', sep='')\n"
                          "print('a', 'b', sep=' - ', end='|\\n')\n"
                          "print(end='')\n"
                          "print()\n"
                          "print(1, 2, sep=None, end=None)\n"
                          "print('x', end='')\n"
                          "print('y')\n");
}

/* Values made in C, against what CPython prints for the same. */
static void
test_repr_of_int64_limits_in_c(void **state)
{
    (void)state;
    RunResult py = run_python("print(-2 ** 63, 2 ** 63 - 1)\n");
    PyObject *low = PyObject_Repr(PyLong_FromLong(INT64_MIN));
    PyObject *high = PyObject_Repr(PyLong_FromLong(INT64_MAX));
    char mine[128];
    snprintf(mine, sizeof mine, "%s %s\n", PyUnicode_AsUTF8(low),
             PyUnicode_AsUTF8(high));
    assert_string_equal(mine, py.out);
    mp_free_result(&py);
}

static void
test_repr_of_a_list_holding_itself_in_c(void **state)
{
    (void)state;
    RunResult py = run_python("a = [[]]\na[0].append(a)\nprint(a)\n");
    PyObject *outer = PyList_New(0), *inner = PyList_New(0);
    PyList_Append(outer, inner);
    PyList_Append(inner, outer);
    PyObject *text = PyObject_Repr(outer);
    char mine[64];
    snprintf(mine, sizeof mine, "%s\n", PyUnicode_AsUTF8(text));
    assert_string_equal(mine, py.out);
    assert_int_equal(interp.repr_len, 0); /* nothing left in progress */
    mp_free_result(&py);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ints),
        cmocka_unit_test(test_strings_print_bare_and_repr_quoted),
        cmocka_unit_test(test_repr_chooses_the_quotes_python_does),
        cmocka_unit_test(test_repr_escapes_control_characters),
        cmocka_unit_test(
            test_repr_keeps_printable_non_ascii_and_escapes_the_rest),
        cmocka_unit_test(test_lists),
        cmocka_unit_test(test_tuples_with_one_item_keep_their_comma),
        cmocka_unit_test(test_dicts_keep_insertion_order),
        cmocka_unit_test(test_a_dict_after_deletion_keeps_its_order),
        cmocka_unit_test(test_none_true_false),
        cmocka_unit_test(test_a_list_that_contains_itself),
        cmocka_unit_test(test_a_dict_that_contains_itself),
        cmocka_unit_test(test_the_same_list_twice_is_not_a_cycle),
        cmocka_unit_test(test_types_and_classes),
        cmocka_unit_test(test_functions),
        cmocka_unit_test(test_methods_and_bound_methods),
        cmocka_unit_test(test_instances),
        cmocka_unit_test(test_builtin_functions_and_methods),
        cmocka_unit_test(test_range_objects),
        cmocka_unit_test(test_an_address_is_the_objects_id),
        cmocka_unit_test(test_print_sep_and_end),
        cmocka_unit_test_setup_teardown(test_repr_of_int64_limits_in_c,
                                        mp_setup, mp_teardown),
        cmocka_unit_test_setup_teardown(test_repr_of_a_list_holding_itself_in_c,
                                        mp_setup, mp_teardown),
    };
    return cmocka_run_group_tests_name("repr", tests, NULL, NULL);
}
