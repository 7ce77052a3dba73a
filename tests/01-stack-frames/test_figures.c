/* The figure writer: what `minipy --dot DIR` draws at each `# figure:`
   marker.  Each test runs build/ch01/minipy on a script, reads the DOT
   it wrote and checks the picture's facts: which frames, in which order,
   which slots, which arrows to which objects, and that Graphviz takes
   the file without a word of complaint. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "minipy_test.h"

#include <dirent.h>

/* The directories the figures are written to, removed at exit. */
static char figure_dirs[16][128];
static int nfigure_dirs;

static void
remove_figure_dirs(void)
{
    for (int i = 0; i < nfigure_dirs; i++) {
        DIR *d = opendir(figure_dirs[i]);
        for (struct dirent *e; d != NULL && (e = readdir(d)) != NULL;) {
            char path[4096];
            int n =
                snprintf(path, sizeof path, "%s/%s", figure_dirs[i], e->d_name);
            if (e->d_name[0] != '.' && n > 0 && (size_t)n < sizeof path)
                unlink(path);
        }
        if (d != NULL)
            closedir(d);
        rmdir(figure_dirs[i]);
    }
}

/* A new empty directory for one run's figures. */
static const char *
figure_dir(void)
{
    assert_true(nfigure_dirs < 16);
    char *dir = figure_dirs[nfigure_dirs];
    snprintf(dir, sizeof figure_dirs[0], "%s/figures-%d", mp_tmpdir(),
             nfigure_dirs);
    if (nfigure_dirs++ == 0)
        atexit(remove_figure_dirs); /* runs before mp_tmpdir's cleanup */
    assert_int_equal(mkdir(dir, 0700), 0);
    return dir;
}

/* Run source with --dot into a fresh directory; it must succeed. */
static const char *
draw(const char *source)
{
    const char *dir = figure_dir();
    char *argv[] = {MINIPY_BIN, "--dot", (char *)dir,
                    (char *)mp_write_script(source), NULL};
    RunResult r = mp_run_argv(argv, RUN_TIMEOUT);
    if (!WIFEXITED(r.status) || WEXITSTATUS(r.status) != 0)
        fail_msg("minipy --dot failed:\n%s", r.err);
    mp_free_result(&r);
    return dir;
}

/* The DOT text of figure name in dir (malloc'd), after checking that dot
   renders it with nothing on stderr. */
static char *
figure(const char *dir, const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s.dot", dir, name);
    FILE *f = fopen(path, "r");
    if (f == NULL)
        fail_msg("no figure %s", path);
    char *text = calloc(1, 1 << 20);
    assert_non_null(text);
    size_t n = fread(text, 1, (1 << 20) - 1, f);
    fclose(f);
    text[n] = '\0';
    char svg[300];
    snprintf(svg, sizeof svg, "%s/%s.svg", dir, name);
    char *argv[] = {"dot", "-Tsvg", path, "-o", svg, NULL};
    RunResult r = mp_run_argv(argv, RUN_TIMEOUT);
    assert_true(WIFEXITED(r.status) && WEXITSTATUS(r.status) == 0);
    if (r.err_len != 0)
        fail_msg("dot complained about %s:\n%s", path, r.err);
    mp_free_result(&r);
    unlink(svg);
    unlink(path);
    return text;
}

static size_t
occurrences(const char *text, const char *what)
{
    size_t n = 0;
    for (const char *p = text; (p = strstr(p, what)) != NULL; p++)
        n++;
    return n;
}

/* The node a frame slot's arrow points to: "frames:fD_S:c -> oN" gives N,
   0 when there is no such arrow. */
static int
slot_target(const char *dot, int depth, int slot)
{
    char edge[64];
    snprintf(edge, sizeof edge, "frames:f%d_%d:c -> o", depth, slot);
    const char *at = strstr(dot, edge);
    return at == NULL ? 0 : atoi(at + strlen(edge));
}

/* The port of the slot that a name labels in the frames table: the
   "fD_S" after "<td align="left">NAME</td>". */
static void
slot_of(const char *dot, const char *name, int *depth, int *slot)
{
    char cell[96];
    snprintf(cell, sizeof cell, "<td align=\"left\">%s</td><td port=\"f", name);
    const char *at = strstr(dot, cell);
    if (at == NULL)
        fail_msg("no slot named %s", name);
    assert_int_equal(sscanf(at + strlen(cell), "%d_%d", depth, slot), 2);
}

/* The node the name's arrow points to, 0 when it has no value. */
static int
named(const char *dot, const char *name)
{
    int depth, slot;
    slot_of(dot, name, &depth, &slot);
    return slot_target(dot, depth, slot);
}

/* Does node n exist, and what does its header say? */
static bool
node_says(const char *dot, int n, const char *text)
{
    char node[32];
    snprintf(node, sizeof node, "    o%d [label=", n);
    const char *at = strstr(dot, node);
    if (at == NULL)
        return false;
    const char *end = strstr(at, "];\n");
    assert_non_null(end);
    const char *found = strstr(at, text);
    return found != NULL && found < end;
}

static void
test_each_marker_writes_its_figure(void **state)
{
    (void)state;
    const char *dir = draw("x = 1\n# figure: first\ny = [x]\n"
                           "# figure: second\n");
    char *first = figure(dir, "first"), *second = figure(dir, "second");
    assert_non_null(strstr(first, "digraph \"first\""));
    assert_non_null(strstr(second, "digraph \"second\""));
    /* the state right after the statement before the marker */
    assert_int_equal(occurrences(first, "<b>list</b>"), 0);
    assert_int_equal(occurrences(second, "<b>list</b>"), 1);
    free(first);
    free(second);
}

/* The seeds' "stack and heap": a name in a frame on the left, an arrow
   to its object on the right; two names for one object are two arrows
   to one node. */
static void
test_names_point_to_their_objects(void **state)
{
    (void)state;
    const char *dir = draw("a = [1, 2]\nb = a\nc = [1, 2]\n# figure: names\n");
    char *dot = figure(dir, "names");
    int a = named(dot, "a"), b = named(dot, "b"), c = named(dot, "c");
    assert_true(a > 0 && c > 0);
    assert_int_equal(a, b);
    assert_int_not_equal(a, c);
    assert_true(node_says(dot, a, "<b>list</b>"));
    assert_true(node_says(dot, c, "<b>list</b>"));
    /* each list has two item cells, each with its arrow */
    char item[32];
    snprintf(item, sizeof item, "o%d:p1:c -> o", a);
    assert_non_null(strstr(dot, item));
    free(dot);
}

/* A call in progress: the callee's frame above the caller's, each with
   its own slots, the newest first in the table. */
static void
test_frames_stack_newest_on_top(void **state)
{
    (void)state;
    const char *dir = draw("def f(x):\n"
                           "    y = x + 1\n"
                           "    # figure: in-f\n"
                           "    return y\n"
                           "z = f(41)\n");
    char *dot = figure(dir, "in-f");
    const char *callee = strstr(dot, "<b>f()</b>");
    const char *caller = strstr(dot, "<b>module</b>");
    assert_true(callee != NULL && caller != NULL && callee < caller);
    int dx, sx, dy, sy;
    slot_of(dot, "x", &dx, &sx);
    slot_of(dot, "y", &dy, &sy);
    assert_int_equal(dx, 1); /* depth 1: the frame above the module's */
    assert_int_equal(dy, 1);
    assert_int_equal(sy, sx + 1); /* fast locals in order */
    assert_true(node_says(dot, named(dot, "x"), ">41<"));
    assert_true(node_says(dot, named(dot, "y"), ">42<"));
    assert_null(strstr(dot, ">z</td>")); /* not bound yet: not in the dict */
    free(dot);
}

/* A caller waiting in the middle of an expression: its evaluation stack
   is drawn after its names, each slot with its arrow (NULL, the "no
   self" of a call, has none); the callee's stack is empty at the
   statement the figure is drawn at. */
static void
test_a_waiting_frame_shows_its_evaluation_stack(void **state)
{
    (void)state;
    const char *dir = draw("def f(x):\n"
                           "    # figure: mid\n"
                           "    return x\n"
                           "n = 7\n"
                           "print(n + 1000 + f(5))\n");
    char *dot = figure(dir, "mid");
    /* module (depth 0): print, NULL, n + 1000 */
    assert_non_null(strstr(dot, "<i>stack 0</i>"));
    assert_non_null(strstr(dot, "<i>stack 2</i>"));
    assert_null(strstr(dot, "<i>stack 3</i>"));
    assert_true(node_says(dot, slot_target(dot, 0, 1000), "print()"));
    assert_int_equal(slot_target(dot, 0, 1001), 0);
    assert_true(node_says(dot, slot_target(dot, 0, 1002), ">1007<"));
    assert_int_equal(slot_target(dot, 1, 1000), 0); /* f's stack: empty */
    free(dot);
}

/* After the return, the frame is gone and its result lives on, under the
   node name it had while the frame was there. */
static void
test_a_returned_object_outlives_its_frame_and_keeps_its_node(void **state)
{
    (void)state;
    const char *dir = draw("def make():\n"
                           "    items = [1]\n"
                           "    # figure: during\n"
                           "    return items\n"
                           "kept = make()\n"
                           "# figure: after\n");
    char *during = figure(dir, "during"), *after = figure(dir, "after");
    int list = named(during, "items");
    assert_true(list > 0);
    assert_null(strstr(after, "<b>make()</b>"));
    assert_null(strstr(after, ">items<"));
    assert_int_equal(named(after, "kept"), list);
    free(during);
    free(after);
}

/* Every frame of a recursion is drawn, each at its own depth. */
static void
test_a_recursion_draws_every_frame(void **state)
{
    (void)state;
    const char *dir = draw("def down(n):\n"
                           "    if n == 0:\n"
                           "        # figure: bottom\n"
                           "        return 0\n"
                           "    return down(n - 1)\n"
                           "down(4)\n");
    char *dot = figure(dir, "bottom");
    assert_int_equal(occurrences(dot, "<b>down()</b>"), 5);
    for (int depth = 1; depth <= 5; depth++) {
        char port[32];
        snprintf(port, sizeof port, "port=\"f%d_0\"", depth);
        assert_int_equal(occurrences(dot, port), 1);
    }
    free(dot);
}

/* A reference that closes a cycle is drawn below, and is the only one
   drawn so; objects shared without a cycle are drawn the ordinary way. */
static void
test_only_a_reference_closing_a_cycle_is_drawn_below(void **state)
{
    (void)state;
    const char *dir = draw("class A:\n"
                           "    def __init__(self):\n"
                           "        self.b = B(self)\n"
                           "class B:\n"
                           "    def __init__(self, a):\n"
                           "        self.a = a\n"
                           "a = A()\n"
                           "# figure: cycle\n"
                           "item = [0]\n"
                           "p = [item, item]\n"
                           "q = [item, p]\n"
                           "# figure: shared\n"
                           "s = []\n"
                           "s.append(s)\n"
                           "# figure: self\n");
    char *cycle = figure(dir, "cycle"), *shared = figure(dir, "shared"),
         *self = figure(dir, "self");
    assert_int_equal(occurrences(cycle, "[constraint=false]"), 1);
    int a = named(cycle, "a");
    char back[48];
    snprintf(back, sizeof back, ":s -> o%d:s [constraint=false]", a);
    assert_non_null(strstr(cycle, back)); /* the B's a, back to the A */
    /* the cycle is still there, and is still the only one */
    assert_int_equal(occurrences(shared, "[constraint=false]"), 1);
    int s = named(self, "s");
    snprintf(back, sizeof back, "o%d:p0:s -> o%d:s [constraint=false]", s, s);
    assert_non_null(strstr(self, back));
    assert_int_equal(occurrences(self, "[constraint=false]"), 2);
    free(cycle);
    free(shared);
    free(self);
}

/* Names in the figure are escaped for Graphviz's HTML labels. */
static void
test_strings_are_escaped_in_labels(void **state)
{
    (void)state;
    const char *dir = draw("s = '<b>&\"'\n# figure: text\n");
    char *dot = figure(dir, "text");
    assert_null(strstr(dot, "<b>&\""));
    assert_non_null(strstr(dot, "&lt;b&gt;&amp;"));
    free(dot);
}

/* One name, one figure: a marker reached twice is an error naming the
   line, not a figure silently overwritten. */
static void
test_a_marker_reached_twice_is_an_error(void **state)
{
    (void)state;
    const char *dir = figure_dir();
    char *argv[] = {MINIPY_BIN, "--dot", (char *)dir,
                    (char *)mp_write_script("for i in range(2):\n"
                                            "    x = i\n"
                                            "    # figure: loop\n"),
                    NULL};
    RunResult r = mp_run_argv(argv, RUN_TIMEOUT);
    assert_true(WIFEXITED(r.status));
    assert_int_equal(WEXITSTATUS(r.status), 1);
    assert_non_null(strstr(r.err, "loop"));
    assert_non_null(strstr(r.err, "line 3"));
    mp_free_result(&r);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_each_marker_writes_its_figure),
        cmocka_unit_test(test_names_point_to_their_objects),
        cmocka_unit_test(test_frames_stack_newest_on_top),
        cmocka_unit_test(test_a_waiting_frame_shows_its_evaluation_stack),
        cmocka_unit_test(
            test_a_returned_object_outlives_its_frame_and_keeps_its_node),
        cmocka_unit_test(test_a_recursion_draws_every_frame),
        cmocka_unit_test(test_only_a_reference_closing_a_cycle_is_drawn_below),
        cmocka_unit_test(test_strings_are_escaped_in_labels),
        cmocka_unit_test(test_a_marker_reached_twice_is_an_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
