/* The order a container's items are released in, and when: seen
   through __del__ prints from the real program, compared with CPython's
   run of the same script.  Each test also checks the property it is
   named for on minipy's output, so that it states what it tests. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "refcount_test.h"

#define NOISY                                                                  \
    "class N:\n"                                                               \
    "    def __init__(self, name):\n"                                          \
    "        self.name = name\n"                                               \
    "    def __del__(self):\n"                                                 \
    "        print('freed', self.name)\n"

/* Where the line `line` is in out. */
static const char *
find_line(const char *out, const char *line)
{
    size_t len = strlen(line);
    for (const char *p = out; *p != '\0'; p = strchr(p, '\n') + 1)
        if (strncmp(p, line, len) == 0 && p[len] == '\n')
            return p;
    fail_msg("no line '%s' in:\n%s", line, out);
    return NULL;
}

/* The lines of out include these, in this order. */
static void
assert_in_order(const char *out, const char *const *lines, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++)
        if (find_line(out, lines[i]) >= find_line(out, lines[i + 1]))
            fail_msg("'%s' should come before '%s' in:\n%s", lines[i],
                     lines[i + 1], out);
}

static void
test_a_list_releases_its_items_last_to_first(void **state)
{
    (void)state;
    Outcome o = same_as_python(NOISY "l = [N(0), N(1), N(2), N(3)]\n"
                                     "del l\n"
                                     "print('after del')\n",
                               5);
    const char *order[] = {"freed 3", "freed 2", "freed 1", "freed 0",
                           "after del"};
    assert_in_order(o.out, order, sizeof order / sizeof *order);
    outcome_free(&o);
}

/* After appends and a pop: the order is the list's order now. */
static void
test_a_grown_list_releases_from_its_end(void **state)
{
    (void)state;
    Outcome o = same_as_python(NOISY "l = []\n"
                                     "for i in range(6):\n"
                                     "    l.append(N(i))\n"
                                     "l.pop(2)\n"
                                     "l[0] = N('new 0')\n"
                                     "print('dropping')\n"
                                     "l = None\n"
                                     "print('after')\n",
                               9);
    const char *order[] = {"freed 2", "freed 0",     "dropping",
                           "freed 5", "freed 4",     "freed 3",
                           "freed 1", "freed new 0", "after"};
    assert_in_order(o.out, order, sizeof order / sizeof *order);
    outcome_free(&o);
}

static void
test_a_tuple_releases_its_items_last_to_first(void **state)
{
    (void)state;
    Outcome o = same_as_python(NOISY "t = (N(0), N(1), N(2))\n"
                                     "t = None\n"
                                     "print('after')\n",
                               4);
    const char *order[] = {"freed 2", "freed 1", "freed 0", "after"};
    assert_in_order(o.out, order, sizeof order / sizeof *order);
    outcome_free(&o);
}

/* A dict releases its values in insertion order; a deleted and re-added
   key goes to the end. */
static void
test_a_dict_releases_its_values_in_insertion_order(void **state)
{
    (void)state;
    Outcome o = same_as_python(NOISY "d = {'x': N('x'), 'y': N('y')}\n"
                                     "d['z'] = N('z')\n"
                                     "v = d['x']\n"
                                     "del d['x']\n"
                                     "d['x'] = v\n"
                                     "del v\n"
                                     "d['y'] = N('y2')\n"
                                     "print('dropping')\n"
                                     "del d\n",
                               5);
    const char *order[] = {"freed y", "dropping", "freed y2", "freed z",
                           "freed x"};
    assert_in_order(o.out, order, sizeof order / sizeof *order);
    outcome_free(&o);
}

/* Keys and values: each entry's key, then its value. */
static void
test_a_dict_releases_keys_and_values_entry_by_entry(void **state)
{
    (void)state;
    Outcome o = same_as_python(NOISY "d = {N('k1'): N('v1'), "
                                     "N('k2'): N('v2')}\n"
                                     "d = None\n"
                                     "print('after')\n",
                               5);
    const char *order[] = {"freed k1", "freed v1", "freed k2", "freed v2",
                           "after"};
    assert_in_order(o.out, order, sizeof order / sizeof *order);
    outcome_free(&o);
}

/* An instance releases its attributes in the order they were set. */
static void
test_an_instance_releases_its_attributes_in_order(void **state)
{
    (void)state;
    Outcome o = same_as_python(NOISY "class Box:\n"
                                     "    pass\n"
                                     "b = Box()\n"
                                     "b.first = N('first')\n"
                                     "b.second = N('second')\n"
                                     "b.third = N('third')\n"
                                     "b = None\n"
                                     "print('after')\n",
                               4);
    const char *order[] = {"freed first", "freed second", "freed third",
                           "after"};
    assert_in_order(o.out, order, sizeof order / sizeof *order);
    outcome_free(&o);
}

/* Nested containers: depth first, each container in its own order; an
   instance's __del__ runs before its attributes go. */
static void
test_nested_containers_are_freed_depth_first(void **state)
{
    (void)state;
    Outcome o = same_as_python(NOISY "outer = N('outer')\n"
                                     "outer.items = [N('a'), (N('b1'), "
                                     "N('b2')), {'k': N('c')}]\n"
                                     "outer.after = N('d')\n"
                                     "del outer\n"
                                     "print('after')\n",
                               7);
    const char *order[] = {"freed outer", "freed c", "freed b2", "freed b1",
                           "freed a",     "freed d", "after"};
    assert_in_order(o.out, order, sizeof order / sizeof *order);
    outcome_free(&o);
}

/* Each way a reference goes frees its object on that statement. */
static void
test_each_unbinding_frees_on_its_statement(void **state)
{
    (void)state;
    Outcome o = same_as_python(NOISY "x = N('x1')\n"
                                     "print('rebinding x')\n"
                                     "x = N('x2')\n"
                                     "def f():\n"
                                     "    local = N('local')\n"
                                     "    print('returning')\n"
                                     "f()\n"
                                     "print('back')\n"
                                     "l = [N('item')]\n"
                                     "l.pop()\n"
                                     "print('popped')\n"
                                     "d = {'k': N('value')}\n"
                                     "del d['k']\n"
                                     "print('deleted the key')\n"
                                     "o = N('holder')\n"
                                     "o.attr = N('attr')\n"
                                     "del o.attr\n"
                                     "print('deleted the attribute')\n"
                                     "N('temporary')\n"
                                     "print('end')\n",
                               15);
    const char *order[] = {"rebinding x",
                           "freed x1",
                           "returning",
                           "freed local",
                           "back",
                           "freed item",
                           "popped",
                           "freed value",
                           "deleted the key",
                           "freed attr",
                           "deleted the attribute",
                           "freed temporary",
                           "end",
                           "freed x2",
                           "freed holder"};
    assert_in_order(o.out, order, sizeof order / sizeof *order);
    outcome_free(&o);
}

int
main(void)
{
    char base;
    test_stack_base = &base;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_list_releases_its_items_last_to_first),
        cmocka_unit_test(test_a_grown_list_releases_from_its_end),
        cmocka_unit_test(test_a_tuple_releases_its_items_last_to_first),
        cmocka_unit_test(test_a_dict_releases_its_values_in_insertion_order),
        cmocka_unit_test(test_a_dict_releases_keys_and_values_entry_by_entry),
        cmocka_unit_test(test_an_instance_releases_its_attributes_in_order),
        cmocka_unit_test(test_nested_containers_are_freed_depth_first),
        cmocka_unit_test(test_each_unbinding_frees_on_its_statement),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
