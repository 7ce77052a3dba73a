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
    assert_visits((PyObject *)a, 2,
                  (PyObject *[]){a->tp_dict, (PyObject *)&PyBaseObject_Type});
    assert_visits((PyObject *)b, 2, (PyObject *[]){b->tp_dict, (PyObject *)a});
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
        char port[32], edge[64], back[64];
        snprintf(port, sizeof port, "port=\"p%d\"", k);
        if (strstr(label, port) == NULL)
            continue; /* a grey cell: counted below */
        arrows++;
        int to = figure_serial(interp.figures, v.seen[k]);
        snprintf(edge, sizeof edge, "  o%d:p%d:c -> o%d;\n", from, k, to);
        snprintf(back, sizeof back, "  o%d:p%d:s -> o%d:s ", from, k, to);
        if (strstr(dot, edge) == NULL && strstr(dot, back) == NULL)
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
    const char *dir = figure_dir();
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
        cmocka_unit_test(test_only_a_reference_closing_a_cycle_is_drawn_below),
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
