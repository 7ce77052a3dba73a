/* The figure writer: what `minipy --dot DIR` draws at each `# figure:`
   marker.  Most tests run build/ch01/minipy on a script, read the DOT
   it wrote and check the picture's facts: which frames, in which order,
   which slots, which arrows to which objects, and that Graphviz takes
   the file without a word of complaint.  The last ones run in this
   process: each type's tp_traverse visits what it should, and the
   figure draws exactly those references, one cell each. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "minipy_test.h"

#include "abstract.h"
#include "classobject.h"
#include "figure.h"
#include "iterobject.h"
#include "moduleobject.h"
#include "sliceobject.h"
#include "tupleobject.h"

/* Run source with --dot into a fresh directory; it must succeed. */
static const char *
draw(const char *source)
{
    const char *dir = mp_figure_dir();
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

/* The node the arrow out of tail ("frames:f1_0", "o2:p1") points to:
   "  TAIL:e -> oN" (whatever the compass points) gives N, and so does
   "  TAIL:e -> passK ...; passK -> oN", an arrow drawn through a point
   of the first column; 0 when there is no such arrow. */
static int
arrow_from(const char *dot, const char *tail)
{
    char start[64];
    snprintf(start, sizeof start, "\n  %s:", tail);
    const char *at = strstr(dot, start);
    if (at == NULL)
        return 0;
    at = strstr(at, " -> ");
    assert_non_null(at);
    at += 4;
    if (at[0] == 'o')
        return atoi(at + 1);
    int pass;
    assert_int_equal(sscanf(at, "pass%d", &pass), 1);
    char through[32];
    snprintf(through, sizeof through, "\n  pass%d -> o", pass);
    at = strstr(dot, through);
    assert_non_null(at);
    return atoi(at + strlen(through));
}

/* The node a frame slot's arrow points to, 0 when it has none. */
static int
slot_target(const char *dot, int depth, int slot)
{
    char tail[32];
    snprintf(tail, sizeof tail, "frames:f%d_%d", depth, slot);
    return arrow_from(dot, tail);
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
    snprintf(item, sizeof item, "o%d:p1", a);
    assert_true(arrow_from(dot, item) > 0);
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

/* A list's or a tuple's reference that closes a cycle is drawn below,
   from the bottom of its cell into the bottom of its object, and is the
   only one drawn so: objects shared without a cycle are drawn the
   ordinary way, and so is a cycle through an instance's attributes (a
   row's arrow leaves on the right, not on top of the other way).  (From
   chapter 5 on, a class's __mro__ is such a tuple: it holds the class.) */
static void
test_only_a_list_closing_a_cycle_is_drawn_below(void **state)
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
    int a = named(cycle, "a");
    char cell[32];
    snprintf(cell, sizeof cell, "o%d:p0", a); /* the A's b */
    int b = arrow_from(cycle, cell);
    snprintf(cell, sizeof cell, "o%d:p0", b); /* the B's a */
    assert_int_equal(arrow_from(cycle, cell), a);
    int mros = occurrences(cycle, "<b>tuple</b>") / 2; /* A's, B's, if kept */
    assert_int_equal(occurrences(cycle, ":s -> "), mros);
    assert_int_equal(occurrences(shared, ":s -> "), mros);
    int s = named(self, "s");
    char back[48];
    snprintf(back, sizeof back, "  o%d:p0:s -> o%d:s;\n", s, s);
    assert_non_null(strstr(self, back));
    assert_int_equal(occurrences(self, ":s -> "), 1 + mros);
    free(cycle);
    free(shared);
    free(self);
}

/* The column (1 or 2) and the place in it, counted from the top, of node
   n: its place in the "{ rank=same; ... }" line that holds it, written
   bottom first; 0 when it is in none. */
static void
place_of(const char *dot, int n, int *column, int *place)
{
    *column = *place = 0;
    const char *line = dot;
    for (int c = 1; (line = strstr(line, "{ rank=same; ")) != NULL; c++) {
        const char *end = strchr(line, '}');
        int k = 0, found = 0;
        for (const char *p = line + 13; p < end;) {
            if (*p == '[') { /* attributes: no node in there */
                p = strchr(p, ']') + 1;
                continue;
            }
            size_t len = strcspn(p, " ;[}");
            int serial;
            char rest;
            if (len > 0 && strncmp(p, "->", 2) != 0) {
                k++; /* a node: an object, a pass, a gap or a column */
                if (sscanf(p, "o%d%c", &serial, &rest) == 2 && serial == n &&
                    (rest == ' ' || rest == ';'))
                    found = k;
            }
            p += len > 0 ? len : 1;
        }
        if (found) {
            *column = c;
            *place = k - found + 1; /* bottom first */
        }
        line = end;
    }
}

/* The objects of one script hold still: each keeps its column and its
   order in it from one figure to the next, a new object takes a place
   below the others of its column, and the frames are the rank left of
   the first column. */
static void
test_an_object_keeps_its_place_from_figure_to_figure(void **state)
{
    (void)state;
    const char *dir = draw("a = [1, 2]\n"
                           "b = 'b'\n"
                           "# figure: before\n"
                           "c = [3]\n"
                           "b = a\n"
                           "# figure: after\n");
    char *before = figure(dir, "before"), *after = figure(dir, "after");
    int list = named(before, "a"), str = named(before, "b");
    int c = named(after, "c");
    int col[3], at[3], col2[3], at2[3];
    place_of(before, list, &col[0], &at[0]);
    place_of(before, str, &col[1], &at[1]);
    place_of(after, list, &col2[0], &at2[0]);
    place_of(after, str, &col2[1], &at2[1]);
    place_of(after, c, &col2[2], &at2[2]);
    assert_int_equal(col[0], 1);
    assert_int_equal(col[1], 1);
    assert_true(at[0] < at[1]);
    /* b no longer names the str, which is still drawn (dashed) in its
       place; the new list goes below both */
    assert_int_equal(col2[0], 1);
    assert_int_equal(col2[1], 1);
    assert_int_equal(col2[2], 1);
    assert_true(at2[0] < at2[1] && at2[1] < at2[2]);
    /* the items: the second column, in order */
    char cell[32];
    snprintf(cell, sizeof cell, "o%d:p0", list);
    int one = arrow_from(after, cell);
    snprintf(cell, sizeof cell, "o%d:p1", list);
    int two = arrow_from(after, cell);
    place_of(after, one, &col2[0], &at2[0]);
    place_of(after, two, &col2[1], &at2[1]);
    assert_int_equal(col2[0], 2);
    assert_int_equal(col2[1], 2);
    assert_true(at2[0] < at2[1]);
    char columns[48];
    snprintf(columns, sizeof columns, "  frames -> o%d -> o%d [style=invis]",
             list, one);
    assert_non_null(strstr(after, columns));
    free(before);
    free(after);
}

/* [0] * 3: three references to one int are three arrows coming into it
   at three places, not one line drawn three times. */
static void
test_references_to_one_object_come_in_apart(void **state)
{
    (void)state;
    const char *dir = draw("z = [0] * 3\n# figure: zeros\n");
    char *dot = figure(dir, "zeros");
    int list = named(dot, "z");
    const char *heads[] = {":nw;", ":w;", ":sw;"};
    for (int k = 0; k < 3; k++) {
        char edge[48];
        snprintf(edge, sizeof edge, "  o%d:p%d:c -> o", list, k);
        const char *at = strstr(dot, edge);
        assert_non_null(at);
        const char *end = strchr(at, '\n');
        const char *head = strstr(at, heads[k]);
        if (head == NULL || head > end)
            fail_msg("the arrow of cell %d does not come in at %s", k,
                     heads[k]);
    }
    free(dot);
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
    const char *dir = mp_figure_dir();
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

/* ---------------------------------------------------------------- the
   steps of --dot-every */

/* Run source with --dot-every into a fresh directory; the run's result. */
static RunResult
draw_every(const char *source, const char **dir)
{
    *dir = mp_figure_dir();
    char *argv[] = {MINIPY_BIN, "--dot-every", (char *)*dir,
                    (char *)mp_write_script(source), NULL};
    return mp_run_argv(argv, RUN_TIMEOUT);
}

static char *
read_text(const char *dir, const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "r");
    if (f == NULL)
        fail_msg("no %s", path);
    char *text = calloc(1, 1 << 16);
    assert_non_null(text);
    text[fread(text, 1, (1 << 16) - 1, f)] = '\0';
    fclose(f);
    return text;
}

/* A figure after every line that runs: each simple statement once it has
   run, a for each time it takes an item, a return before its frame goes
   (its value on the frame's stack); an if's or a while's test draws
   nothing of its own.  A memory marker names the last step instead of
   drawing a figure. */
static void
test_dot_every_draws_a_figure_after_every_line(void **state)
{
    (void)state;
    const char *dir;
    RunResult r = draw_every("def f(n):\n"              /* 1 */
                             "    total = 0\n"          /* 2 */
                             "    for i in range(n):\n" /* 3 */
                             "        total += i\n"     /* 4 */
                             "    return total\n"       /* 5 */
                             "x = f(2)\n"               /* 6 */
                             "# figure: done\n"         /* 7 */
                             "if x:\n"                  /* 8 */
                             "    pass\n",              /* 9 */
                             &dir);
    if (!WIFEXITED(r.status) || WEXITSTATUS(r.status) != 0)
        fail_msg("minipy --dot-every failed:\n%s", r.err);
    mp_free_result(&r);
    char *steps = read_text(dir, "steps.txt");
    assert_string_equal(steps, "step-0001 1\nstep-0002 2\nstep-0003 3\n"
                               "step-0004 4\nstep-0005 3\nstep-0006 4\n"
                               "step-0007 5\nstep-0008 6\n= done\n"
                               "step-0009 9\n");
    free(steps);
    char path[256];
    snprintf(path, sizeof path, "%s/done.dot", dir);
    assert_int_equal(access(path, F_OK), -1);
    char *before_return = figure(dir, "step-0007");
    assert_non_null(strstr(before_return, "<b>f()</b> <font color=\"#555555\">"
                                          "line 5</font>"));
    assert_true(node_says(before_return, slot_target(before_return, 1, 1000),
                          ">1<")); /* the total, on f's stack */
    char *after = figure(dir, "step-0008");
    assert_null(strstr(after, "<b>f()</b>"));
    assert_true(node_says(after, named(after, "x"), ">1<"));
    for (int k = 1; k <= 9; k++) {
        char name[16];
        snprintf(name, sizeof name, "step-%04d", k);
        if (k != 7 && k != 8)        /* figure() took those, checking them */
            free(figure(dir, name)); /* dot takes each without a word */
    }
    free(before_return);
    free(after);
}

/* A long loop does not fill the disk: a thousand steps, then a word on
   stderr, and the script runs on to its end. */
static void
test_dot_every_stops_after_a_thousand_steps(void **state)
{
    (void)state;
    const char *dir;
    RunResult r = draw_every("for i in range(600):\n"
                             "    x = i\n"
                             "print(x)\n",
                             &dir);
    assert_true(WIFEXITED(r.status));
    assert_int_equal(WEXITSTATUS(r.status), 0);
    assert_string_equal(r.out, "599\n");
    assert_non_null(strstr(r.err, "1000 steps drawn"));
    mp_free_result(&r);
    char path[256];
    snprintf(path, sizeof path, "%s/step-1000.dot", dir);
    assert_int_equal(access(path, F_OK), 0);
    snprintf(path, sizeof path, "%s/step-1001.dot", dir);
    assert_int_equal(access(path, F_OK), -1);
}

/* --dot-every names a directory: a usage error otherwise. */
static void
test_dot_every_needs_a_directory(void **state)
{
    (void)state;
    char *argv[] = {MINIPY_BIN, "--dot-every", "/nonexistent/steps",
                    (char *)mp_write_script("x = 1\n"), NULL};
    RunResult r = mp_run_argv(argv, RUN_TIMEOUT);
    assert_true(WIFEXITED(r.status));
    assert_int_equal(WEXITSTATUS(r.status), 2);
    assert_non_null(strstr(r.err, "--dot-every: '/nonexistent/steps' is not "
                                  "a directory"));
    mp_free_result(&r);
}

/* ---------------------------------------------------------------- in
   process: what each tp_traverse visits */

typedef struct {
    PyObject *seen[32];
    int n;
    int stop_at; /* the visit (1-based) that returns non-zero; 0: none */
} Visited;

static int
remember(PyObject *op, void *arg)
{
    Visited *v = arg;
    if (v->n < 32)
        v->seen[v->n] = op;
    v->n++;
    return v->n == v->stop_at ? 7 : 0;
}

static Visited
visit_all(PyObject *op)
{
    Visited v = {.n = 0};
    traverseproc traverse = Py_TYPE(op)->tp_traverse;
    if (traverse != NULL)
        assert_int_equal(traverse(op, remember, &v), 0);
    return v;
}

static void
assert_visits(PyObject *op, int n, PyObject *const *expected)
{
    Visited v = visit_all(op);
    if (v.n != n)
        fail_msg("a %s visits %d references, expected %d", Py_TYPE(op)->tp_name,
                 v.n, n);
    for (int i = 0; i < n; i++)
        if (v.seen[i] != expected[i])
            fail_msg("a %s's visit %d is a %s, expected a %s",
                     Py_TYPE(op)->tp_name, i, Py_TYPE(v.seen[i])->tp_name,
                     Py_TYPE(expected[i])->tp_name);
}

static PyObject *
global(const char *name)
{
    PyObject *op = mp_global(name);
    if (op == NULL)
        fail_msg("no global %s", name);
    return op;
}

/* The key object of a dict's entry n. */
static PyObject *
key_at(PyObject *dict, int n)
{
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    for (int i = 0; PyDict_Next(dict, &pos, &key, &value); i++)
        if (i == n)
            return key;
    fail_msg("no entry %d", n);
    return NULL;
}

static void
test_a_list_and_a_tuple_visit_their_items_in_order(void **state)
{
    (void)state;
    assert_int_equal(mp_run("a = 1\nb = 'x'\nl = [a, b, a, None]\n"
                            "t = (l, b)\ne = []\n"),
                     0);
    PyObject *a = global("a"), *b = global("b"), *l = global("l");
    assert_visits(l, 4, (PyObject *[]){a, b, a, Py_None});
    assert_visits(global("t"), 2, (PyObject *[]){l, b});
    assert_visits(global("e"), 0, NULL);
}

/* Values, and the keys that are not str: a str refers to nothing, so it
   cannot be in a cycle (CPython 3.13's dict_traverse skips the keys of
   a table whose keys are all str). */
static void
test_a_dict_visits_its_values_and_the_keys_that_are_not_str(void **state)
{
    (void)state;
    assert_int_equal(mp_run("a = [1]\nb = [2]\nc = [3]\n"
                            "d = {'s': a, 2: b, (1, 2): c}\n"),
                     0);
    PyObject *d = global("d");
    assert_visits(d, 5,
                  (PyObject *[]){global("a"), global("b"), key_at(d, 1),
                                 global("c"), key_at(d, 2)});
}

/* An instance: its attributes' values in order, then its class, which
   it holds a reference to (as CPython's subtype_traverse visits it). */
static void
test_an_instance_visits_its_attributes_then_its_class(void **state)
{
    (void)state;
    assert_int_equal(mp_run("class A:\n    pass\n"
                            "x = [1]\ny = 2\no = A()\no.x = x\no.y = y\n"),
                     0);
    assert_visits(global("o"), 3,
                  (PyObject *[]){global("x"), global("y"), global("A")});
}

/* A class statement's class: its namespace and its base.  A builtin
   type holds nothing the collector need see; an int or a str has no
   tp_traverse at all. */
static void
test_a_class_visits_its_namespace_and_its_base(void **state)
{
    (void)state;
    assert_int_equal(mp_run("class A:\n    pass\nclass B(A):\n    pass\n"
                            "n = 1\ns = 'text'\n"),
                     0);
    PyTypeObject *a = (PyTypeObject *)global("A");
    PyTypeObject *b = (PyTypeObject *)global("B");
    PyHeapTypeObject *ha = (PyHeapTypeObject *)a, *hb = (PyHeapTypeObject *)b;
    if (ha->ht_mro == NULL) { /* chapters 1-4: made when asked for */
        assert_null(ha->ht_bases);
        assert_visits(
            (PyObject *)a, 2,
            (PyObject *[]){a->tp_dict, (PyObject *)&PyBaseObject_Type});
        assert_visits((PyObject *)b, 2,
                      (PyObject *[]){b->tp_dict, (PyObject *)a});
    } else { /* kept, as CPython's type_traverse visits them */
        assert_visits((PyObject *)a, 4,
                      (PyObject *[]){a->tp_dict, ha->ht_mro, ha->ht_bases,
                                     (PyObject *)&PyBaseObject_Type});
        assert_visits((PyObject *)b, 4,
                      (PyObject *[]){b->tp_dict, hb->ht_mro, hb->ht_bases,
                                     (PyObject *)a});
    }
    assert_visits((PyObject *)&PyList_Type, 0, NULL);
    assert_null(Py_TYPE(global("n"))->tp_traverse);
    assert_null(Py_TYPE(global("s"))->tp_traverse);
}

/* A function holds the module's namespace as its globals: the edge of
   the cycle every module with a function has. */
static void
test_a_function_visits_its_globals_builtins_and_names(void **state)
{
    (void)state;
    assert_int_equal(mp_run("def f():\n    pass\n"), 0);
    PyFunctionObject *f = (PyFunctionObject *)global("f");
    assert_visits((PyObject *)f, 4,
                  (PyObject *[]){interp.globals, interp.builtins, f->func_name,
                                 f->func_qualname});
    assert_null(f->func_doc); /* no docstring: __doc__ is None */
    assert_string_equal(PyUnicode_AsUTF8(f->func_qualname), "f");
}

static void
test_methods_and_modules_visit_what_they_hold(void **state)
{
    (void)state;
    assert_int_equal(mp_run("import sys\n"
                            "class A:\n    def m(self):\n        pass\n"
                            "o = A()\nbound = o.m\n"
                            "l = []\nappend = l.append\nfree = len\n"),
                     0);
    PyObject *bound = global("bound"), *o = global("o");
    PyObject *m =
        PyDict_GetItemString(((PyTypeObject *)global("A"))->tp_dict, "m");
    assert_visits(bound, 2, (PyObject *[]){m, o});
    assert_visits(global("append"), 1, (PyObject *[]){global("l")});
    assert_visits(global("free"), 0, NULL); /* a builtin: no self */
    PyObject *sys = global("sys");
    assert_visits(sys, 1, (PyObject *[]){((PyModuleObject *)sys)->md_dict});
}

/* Iterators visit what they iterate over, until they are exhausted;
   a slice its three bounds. */
static void
test_iterators_and_slices_visit_what_they_refer_to(void **state)
{
    (void)state;
    assert_int_equal(mp_run("l = [1]\nd = {1: 2}\n"), 0);
    PyObject *l = global("l"), *d = global("d");
    PyObject *it = PyObject_GetIter(l), *dit = PyObject_GetIter(d);
    assert_true(it != NULL && dit != NULL);
    assert_visits(it, 1, (PyObject *[]){l});
    assert_visits(dit, 1, (PyObject *[]){d});
    PyObject *item = Py_TYPE(it)->tp_iternext(it);
    Py_XDECREF(item);
    assert_null(Py_TYPE(it)->tp_iternext(it)); /* exhausted */
    assert_visits(it, 0, NULL);
    Py_DECREF(it);
    Py_DECREF(dit);
    PyObject *slice = PySlice_New(l, d, Py_None);
    assert_non_null(slice);
    assert_visits(slice, 3, (PyObject *[]){l, d, Py_None});
    Py_DECREF(slice);
}

/* The collector stops a traversal by returning non-zero from visit:
   the traversal stops there and returns that value. */
static void
test_a_traversal_stops_at_the_first_nonzero_visit(void **state)
{
    (void)state;
    assert_int_equal(mp_run("l = [1, 2, 3, 4]\nd = {1: 2, 3: 4}\n"), 0);
    PyObject *containers[] = {global("l"), global("d")};
    for (int i = 0; i < 2; i++) {
        Visited v = {.stop_at = 2};
        PyObject *op = containers[i];
        assert_int_equal(Py_TYPE(op)->tp_traverse(op, remember, &v), 7);
        assert_int_equal(v.n, 2);
    }
}

/* ---------------------------------------------------------------- in
   process: the figure draws exactly what tp_traverse visits */

/* Node n's label, from "    oN [label=" to the end of its line. */
static char *
node_label(const char *dot, int n)
{
    char node[32];
    snprintf(node, sizeof node, "    o%d [label=", n);
    const char *at = strstr(dot, node);
    if (at == NULL)
        fail_msg("no node o%d", n);
    const char *end = strstr(at, "];\n");
    assert_non_null(end);
    return strndup(at, (size_t)(end - at));
}

/* Each reference op's tp_traverse visits is one cell of its node: a
   port pK with an arrow to the K-th object visited, or a grey cell
   naming it; no other arrow leaves the node. */
static void
assert_drawn_as_traversed(const char *dot, PyObject *op, int *named)
{
    int from = figure_serial(interp.figures, op);
    char *label = node_label(dot, from);
    Visited v = visit_all(op);
    int arrows = 0;
    for (int k = 0; k < v.n; k++) {
        char port[32], edge[64];
        snprintf(port, sizeof port, "port=\"p%d\"", k);
        if (strstr(label, port) == NULL)
            continue; /* a grey cell: counted below */
        arrows++;
        int to = figure_serial(interp.figures, v.seen[k]);
        snprintf(edge, sizeof edge, "o%d:p%d", from, k);
        if (arrow_from(dot, edge) != to)
            fail_msg("no arrow from cell %d of o%d (a %s) to o%d", k, from,
                     Py_TYPE(op)->tp_name, to);
    }
    char edges_from[32];
    snprintf(edges_from, sizeof edges_from, "  o%d:p", from);
    assert_int_equal(occurrences(dot, edges_from), arrows);
    int grey = (int)occurrences(label, "<td align=\"left\"><font "
                                       "color=\"#777777\">");
    if (arrows + grey != v.n)
        fail_msg("o%d (a %s): %d arrows and %d named cells for %d "
                 "references",
                 from, Py_TYPE(op)->tp_name, arrows, grey, v.n);
    *named += grey;
    free(label);
}

static void
test_the_figure_draws_one_cell_per_visited_reference(void **state)
{
    (void)state;
    const char *dir = mp_figure_dir();
    interp.figures = figures_new(dir);
    assert_non_null(interp.figures);
    int status = mp_run("import sys\n"
                        "class A:\n"
                        "    def m(self):\n"
                        "        return self\n"
                        "o = A()\n"
                        "o.items = [1, 'two', None]\n"
                        "o.me = o\n"
                        "d = {'a': o, 2: [3], (4, 5): 'six'}\n"
                        "bound = o.m\n"
                        "append = o.items.append\n"
                        "# figure: all\n");
    assert_int_equal(status, 0);
    char *dot = figure(dir, "all");
    const char *names[] = {"sys", "A", "o", "d", "bound", "append"};
    int named = 0;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        assert_drawn_as_traversed(dot, global(names[i]), &named);
    Visited attrs = visit_all(global("o"));
    assert_drawn_as_traversed(dot, attrs.seen[0], &named); /* o.items */
    PyTypeObject *a = (PyTypeObject *)global("A");
    assert_drawn_as_traversed(dot, a->tp_dict, &named);
    PyObject *m = PyDict_GetItemString(a->tp_dict, "m");
    assert_drawn_as_traversed(dot, m, &named);
    /* the module's namespace, builtins, object, names: named, not drawn */
    assert_true(named > 0);
    assert_non_null(strstr(dot, ">module</font>"));
    assert_non_null(strstr(dot, "grey text in a cell"));
    free(dot);
    figures_free(interp.figures);
    interp.figures = NULL;
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
        cmocka_unit_test(test_only_a_list_closing_a_cycle_is_drawn_below),
        cmocka_unit_test(test_an_object_keeps_its_place_from_figure_to_figure),
        cmocka_unit_test(test_references_to_one_object_come_in_apart),
        cmocka_unit_test(test_dot_every_draws_a_figure_after_every_line),
        cmocka_unit_test(test_dot_every_stops_after_a_thousand_steps),
        cmocka_unit_test(test_dot_every_needs_a_directory),
        cmocka_unit_test(test_strings_are_escaped_in_labels),
        cmocka_unit_test(test_a_marker_reached_twice_is_an_error),
#define IN_PROCESS(test)                                                       \
    cmocka_unit_test_setup_teardown(test, mp_setup, mp_teardown)
        IN_PROCESS(test_a_list_and_a_tuple_visit_their_items_in_order),
        IN_PROCESS(test_a_dict_visits_its_values_and_the_keys_that_are_not_str),
        IN_PROCESS(test_an_instance_visits_its_attributes_then_its_class),
        IN_PROCESS(test_a_class_visits_its_namespace_and_its_base),
        IN_PROCESS(test_a_function_visits_its_globals_builtins_and_names),
        IN_PROCESS(test_methods_and_modules_visit_what_they_hold),
        IN_PROCESS(test_iterators_and_slices_visit_what_they_refer_to),
        IN_PROCESS(test_a_traversal_stops_at_the_first_nonzero_visit),
        IN_PROCESS(test_the_figure_draws_one_cell_per_visited_reference),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
