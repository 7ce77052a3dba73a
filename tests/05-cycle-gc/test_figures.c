/* Chapter 5's figures and the hook they are drawn from.  The first test
   runs a collection in this process with an observer of its own and
   checks what the collector shows it at the end of each phase: which
   objects are on the list, with which gc_refs.  The others run
   build/ch05/minipy --dot on the figure scripts of figures/05-cycle-gc/
   and check the pictures: the lanes each object is drawn in, its
   gc_refs, its ghost, the counts against what CPython prints, that
   Graphviz takes every file without a word, that an object keeps its
   row from one panel to the next, and that every label is at least 9
   points as the book shows it. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#ifndef MINIPY_PROGRAM
#define MINIPY_PROGRAM "../../build/ch05/minipy"
#endif
#include "../01-stack-frames/minipy_test.h"

#include "gc.h"

#include <math.h>

#define FIGURES "../../figures/05-cycle-gc/"

/* ------------------------------------------------- the hook, in process */

/* The example of figures/05-cycle-gc/phases.py: a garbage cycle x <-> y,
   only (reachable from x alone), w (from y and from a name), and a chain
   head -> a -> b made tail first.  Kept here in list order. */
enum { X, Y, ONLY, W, B, A, HEAD, NOBJ };
static const char *const obj_names[NOBJ] = {"x", "y", "only", "w",
                                            "b", "a", "head"};
static PyObject *objs[NOBJ];

typedef struct {
    GCPhase phase;
    int op;        /* the object coming back, or -1 */
    bool on[NOBJ]; /* on the list the observer was given */
    Py_ssize_t refs[NOBJ], counts[NOBJ];
    int order[16], norder; /* the list, as indices into objs (-1: other) */
} Step;
static Step steps[16];
static int nsteps;

/* Which of objs op is, -1 for none; from: the first to look at. */
static int
index_of(PyObject *op, int from)
{
    for (int i = from; i < NOBJ; i++)
        if (objs[i] == op)
            return i;
    return -1;
}

static void
record(GCPhase phase, PyGC_Head *list, PyGC_Head *unreachable, PyObject *op,
       void *ctx)
{
    (void)ctx;
    (void)unreachable;
    if (phase == GC_PHASE_FINALIZE_GARBAGE ||
        phase == GC_PHASE_HANDLE_RESURRECTED)
        return; /* the figures do not draw these */
    assert_true(nsteps < 16);
    Step *s = &steps[nsteps++];
    s->phase = phase;
    s->op = op != NULL ? index_of(op, 0) : -1;
    /* At the end x, y and only are freed: only the survivors, w and
       after, are looked for. */
    int from = phase == GC_PHASE_DONE ? W : 0;
    s->norder = 0;
    for (PyGC_Head *g = _PyGC_Next(list); g != list; g = _PyGC_Next(g)) {
        int i = index_of(_Py_FROM_GC(g), from);
        if (i < 0)
            continue;
        if (s->norder < 16)
            s->order[s->norder++] = i;
        s->on[i] = true;
        s->refs[i] = _PyGC_Refs(g);
        s->counts[i] = Py_REFCNT(_Py_FROM_GC(g));
    }
}

static void
assert_order(const Step *s, int n, const int *want)
{
    assert_int_equal(s->norder, n);
    for (int i = 0; i < n; i++)
        assert_int_equal(s->order[i], want[i]);
}

static void
assert_refs(const Step *s, const Py_ssize_t *want)
{
    for (int i = 0; i < NOBJ; i++)
        if (want[i] != -9) {
            assert_true(s->on[i]);
            assert_int_equal(s->refs[i], want[i]);
        } else {
            assert_false(s->on[i]);
        }
}

static void
test_observer_sees_each_phase(void **state)
{
    (void)state;
    int status = mp_run("import gc\n"
                        "class Node:\n"
                        "    pass\n"
                        "gc.collect()\n"
                        "x = Node()\n"
                        "y = Node()\n"
                        "x.next = y\n"
                        "y.next = x\n"
                        "only = x.only = Node()\n"
                        "w = Node()\n"
                        "y.also = w\n"
                        "b = Node()\n"
                        "a = Node()\n"
                        "a.next = b\n"
                        "head = Node()\n"
                        "head.next = a\n");
    if (status < 0)
        fail_msg("%s", mp_error_message());
    for (int i = 0; i < NOBJ; i++)
        assert_non_null(objs[i] = mp_global(obj_names[i]));
    /* What the figure script deletes: x, y, only, a and b keep only the
       references the objects hold. */
    const char *dropped[] = {"x", "y", "only", "a", "b"};
    for (size_t i = 0; i < sizeof dropped / sizeof *dropped; i++) {
        PyObject *key = PyUnicode_FromString(dropped[i]);
        assert_non_null(key);
        assert_int_equal(PyDict_DelItem(interp.globals, key), 0);
        Py_DECREF(key);
    }
    nsteps = 0;
    _PyGC_SetObserver(record, NULL);
    Py_ssize_t found = _PyGC_Collect(0);
    _PyGC_SetObserver(NULL, NULL);
    assert_int_equal(found, 3);

    const GCPhase phases[] = {GC_PHASE_UPDATE_REFS,      GC_PHASE_SUBTRACT_REFS,
                              GC_PHASE_MOVE_BACK,        GC_PHASE_MOVE_BACK,
                              GC_PHASE_MOVE_UNREACHABLE, GC_PHASE_DONE};
    assert_int_equal(nsteps, 6);
    for (int i = 0; i < nsteps; i++)
        assert_int_equal(steps[i].phase, phases[i]);

    /* 1: gc_refs is the count, for all seven, in the order made */
    const int made[] = {X, Y, ONLY, W, B, A, HEAD};
    assert_order(&steps[0], NOBJ, made);
    for (int i = 0; i < NOBJ; i++)
        assert_int_equal(steps[0].refs[i], steps[0].counts[i]);
    assert_int_equal(steps[0].counts[W], 2);
    /* 2: what is left counts the references from outside: the names */
    const Py_ssize_t outside[NOBJ] = {0, 0, 0, 1, 0, 0, 1};
    assert_refs(&steps[1], outside);
    /* 3: the first object back is a, which head refers to; everything
       with gc_refs 0 the scan met before is on the unreachable list; w
       is scanned (its gc_refs is a link again), head is being scanned */
    assert_int_equal(steps[2].op, A);
    const Py_ssize_t first_back[NOBJ] = {-9, -9, -9, -1, -9, -9, 1};
    assert_refs(&steps[2], first_back);
    /* then b, which a refers to, once a is scanned in its turn */
    assert_int_equal(steps[3].op, B);
    const Py_ssize_t second_back[NOBJ] = {-9, -9, -9, -1, -9, 1, -1};
    assert_refs(&steps[3], second_back);
    /* 4: the reachable list, in the order the scan left it: w, head,
       then a and b as they came back */
    const int reachable[] = {W, HEAD, A, B};
    assert_order(&steps[4], 4, reachable);
    const Py_ssize_t scanned[NOBJ] = {-9, -9, -9, -1, -1, -1, -1};
    assert_refs(&steps[4], scanned);
    /* 5: the survivors are generation 1's list */
    assert_order(&steps[5], 4, reachable);
    assert_ptr_equal(_PyGC_Next(_PyGC_Generation(1)), _Py_AS_GC(objs[W]));
}

/* ------------------------------------------------------- the figures */

/* minipy --dot DIR on a script file; it must succeed.  Its output. */
static char *
draw_script(const char *script, const char **dir)
{
    *dir = mp_figure_dir();
    char *argv[] = {MINIPY_BIN, "--dot", (char *)*dir, (char *)script, NULL};
    RunResult r = mp_run_argv(argv, RUN_TIMEOUT);
    assert_exit_status(&r, 0);
    char *out = strdup(r.out);
    mp_free_result(&r);
    return out;
}

static char *
read_text(const char *path)
{
    FILE *f = fopen(path, "r");
    if (f == NULL)
        fail_msg("cannot read %s", path);
    char *text = calloc(1, 1 << 20);
    assert_non_null(text);
    size_t n = fread(text, 1, (1 << 20) - 1, f);
    fclose(f);
    text[n] = '\0';
    return text;
}

/* The DOT text of figure name, after checking that dot renders it with
   nothing on stderr; SVG and plain renderings are left beside it. */
static char *
figure(const char *dir, const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s.dot", dir, name);
    char *text = read_text(path);
    const char *formats[] = {"svg", "plain"};
    for (int i = 0; i < 2; i++) {
        char out[300], format[16];
        snprintf(out, sizeof out, "%s/%s.%s", dir, name, formats[i]);
        snprintf(format, sizeof format, "-T%s", formats[i]);
        char *argv[] = {"dot", format, path, "-o", out, NULL};
        RunResult r = mp_run_argv(argv, RUN_TIMEOUT);
        assert_exit_status(&r, 0);
        if (r.err_len != 0)
            fail_msg("dot complained about %s:\n%s", path, r.err);
        mp_free_result(&r);
    }
    return text;
}

static bool
exists(const char *dir, const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s.dot", dir, name);
    return access(path, F_OK) == 0;
}

/* Node n's label, up to the end of its line ("" if it has none). */
static const char *
node_label(const char *dot, int n, char *buf, size_t size)
{
    char node[32];
    snprintf(node, sizeof node, "    o%d [label=", n);
    const char *at = strstr(dot, node);
    if (at == NULL)
        return "";
    size_t len = strcspn(at, "\n");
    snprintf(buf, size, "%.*s", (int)(len < size ? len : size - 1), at);
    return buf;
}

static bool
node_says(const char *dot, int n, const char *text)
{
    static char buf[8192];
    return strstr(node_label(dot, n, buf, sizeof buf), text) != NULL;
}

/* The lane node n is drawn in, -1 if none. */
static int
lane_of(const char *dot, int n)
{
    char node[32];
    snprintf(node, sizeof node, "    o%d [label=", n);
    const char *at = strstr(dot, node);
    if (at == NULL)
        return -1;
    int lane = -1;
    for (const char *c = dot;
         (c = strstr(c, "subgraph cluster_lane")) && c < at; c++)
        lane = atoi(c + strlen("subgraph cluster_lane"));
    return lane;
}

/* ---- positions and sizes, from dot's plain and SVG output ---- */

/* Where node o<n> is, in points from the figure's top left corner. */
typedef struct {
    double x, y;
    bool found;
} Place;

static Place
place_of(const char *dir, const char *name, int n)
{
    char path[256], node[32];
    snprintf(path, sizeof path, "%s/%s.plain", dir, name);
    snprintf(node, sizeof node, "\nnode o%d ", n);
    char *text = read_text(path);
    Place p = {0, 0, false};
    double scale, width, height;
    assert_int_equal(sscanf(text, "graph %lf %lf %lf", &scale, &width, &height),
                     3);
    const char *at = strstr(text, node);
    if (at != NULL)
        p.found = sscanf(at + strlen(node), "%lf %lf", &p.x, &p.y) == 2;
    p.x *= 72;
    p.y = (height - p.y) * 72;
    free(text);
    return p;
}

/* Object n keeps its row from figure a to figure b, and its column if
   it stays in its lane; both figures draw it. */
static void
assert_holds_still(const char *dir, const char *a, const char *dot_a,
                   const char *b, const char *dot_b, int n)
{
    Place p = place_of(dir, a, n), q = place_of(dir, b, n);
    assert_true(p.found && q.found);
    if (fabs(p.y - q.y) > 2)
        fail_msg("#%d moves %.1f points up or down from %s to %s", n, q.y - p.y,
                 a, b);
    if (lane_of(dot_a, n) == lane_of(dot_b, n) && fabs(p.x - q.x) > 6)
        fail_msg("#%d moves %.1f points across from %s to %s", n, q.x - p.x, a,
                 b);
}

/* The book shows a figure at most as wide as the PDF's text, 459 points
   (A4 less its margins), and as tall as 190 mm (print.css), and at most
   as wide as the site's column, 40em of 16 pixels: 480 points.  Every
   label with text in it must be 9 points or more as shown. */
static void
assert_legible(const char *dir, const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s.svg", dir, name);
    char *svg = read_text(path);
    double w, h;
    const char *size = strstr(svg, "<svg width=\"");
    assert_non_null(size);
    assert_int_equal(
        sscanf(size, "<svg width=\"%lfpt\" height=\"%lfpt\"", &w, &h), 2);
    double scale = 1;
    scale = 459 / w < scale ? 459 / w : scale;
    scale = 538.6 / h < scale ? 538.6 / h : scale;
    scale = 480 / w < scale ? 480 / w : scale;
    int texts = 0;
    for (const char *t = svg; (t = strstr(t, "<text ")) != NULL; t++) {
        const char *fs = strstr(t, "font-size=\""), *end = strchr(t, '>');
        assert_non_null(fs);
        assert_non_null(end);
        double points = atof(fs + strlen("font-size=\""));
        bool blank = end[1] == ' ' && end[2] == '<';
        if (blank)
            continue; /* the mark that says nothing */
        texts++;
        if (points * scale < 9.0 - 1e-9)
            fail_msg("%s: a %.1f-point label shown at %.2f points (%s)", name,
                     points, points * scale, t);
    }
    assert_true(texts > 0);
    free(svg);
}

/* ---- the phases of one collection ---- */

static void
test_collection_drawn_phase_by_phase(void **state)
{
    (void)state;
    const char *dir;
    char *out = draw_script(FIGURES "phases.py", &dir);
    assert_string_equal(out, "3\n"); /* gc.collect(0), as CPython says */
    free(out);
    const char *names[] = {"phases",   "phases-1", "phases-2",
                           "phases-3", "phases-4", "phases-5"};
    char *dot[6];
    for (int i = 0; i < 6; i++) {
        dot[i] = figure(dir, names[i]);
        assert_legible(dir, names[i]);
    }
    assert_false(exists(dir, "phases-6"));
    /* the objects: #1 x, #2 y, #3 only, #4 w, #5 b, #6 a, #7 head */
    const int before[8] = {0, 1, 1, 1, 2, 1, 1, 1}; /* counts */
    const int subtracted[8] = {0, 0, 0, 0, 1, 0, 0, 1};
    char text[64];
    for (int n = 1; n <= 7; n++) {
        snprintf(text, sizeof text, "refcount %d", before[n]);
        assert_true(node_says(dot[0], n, text));
        assert_false(node_says(dot[0], n, "gc_refs"));
        snprintf(text, sizeof text, "<b>gc_refs %d</b>", before[n]);
        assert_true(node_says(dot[1], n, text));
        snprintf(text, sizeof text, "<b>gc_refs %d</b>", subtracted[n]);
        assert_true(node_says(dot[2], n, text));
        for (int i = 0; i <= 2; i++)
            assert_int_equal(lane_of(dot[i], n), 0);
    }
    /* 3: the scan moved what had gc_refs 0 and reaches #7, which brings
       #6 back (highlighted) */
    const int lanes3[8] = {0, 1, 1, 1, 0, 1, 1, 0};
    const int lanes4[8] = {0, 1, 1, 1, 0, 0, 0, 0};
    for (int n = 1; n <= 7; n++) {
        assert_int_equal(lane_of(dot[3], n), lanes3[n]);
        assert_int_equal(lane_of(dot[4], n), lanes4[n]);
        assert_int_equal(node_says(dot[3], n, "#c0392b"), n == 6);
        assert_int_equal(node_says(dot[4], n, "reachable"), lanes4[n] == 0);
    }
    assert_non_null(strstr(dot[3], "#7 is reachable and refers to #6"));
    assert_true(node_says(dot[3], 4, "reachable"));
    assert_true(node_says(dot[3], 7, "<b>gc_refs 1</b>"));
    /* 5: the garbage is three ghosts where it was; the survivors are in
       generation 1 */
    for (int n = 1; n <= 7; n++) {
        assert_int_equal(node_says(dot[5], n, "freed"), n <= 3);
        assert_int_equal(lane_of(dot[5], n), lanes4[n]);
    }
    assert_non_null(strstr(dot[5], "generation 1: the survivors"));
    /* Each object keeps its row in every panel, and its column while it
       stays in its lane. */
    for (int n = 1; n <= 7; n++)
        for (int i = 1; i < 6; i++)
            assert_holds_still(dir, names[i - 1], dot[i - 1], names[i], dot[i],
                               n);
    for (int i = 0; i < 6; i++)
        free(dot[i]);
}

/* The next collection is drawn once: a second marker before it is an
   error, naming both figures; a marker with no collection after it
   draws its own figure only. */
static void
test_collection_marker_waits_for_one_collection(void **state)
{
    (void)state;
    const char *dir = mp_figure_dir();
    const char *script = mp_write_script("x = []\n"
                                         "# figure: one view=collection\n"
                                         "y = []\n"
                                         "# figure: two view=collection\n");
    char *argv[] = {MINIPY_BIN, "--dot", (char *)dir, (char *)script, NULL};
    RunResult r = mp_run_argv(argv, RUN_TIMEOUT);
    assert_exit_status(&r, 1);
    assert_contains(r.err, "line 4");
    assert_contains(r.err, "RuntimeError: figure 'two': figure 'one' still "
                           "waits for a collection");
    mp_free_result(&r);
    assert_true(exists(dir, "one"));
    assert_false(exists(dir, "one-1"));

    dir = mp_figure_dir();
    script = mp_write_script("x = []\n# figure: alone view=collection\n");
    char *again[] = {MINIPY_BIN, "--dot", (char *)dir, (char *)script, NULL};
    r = mp_run_argv(again, RUN_TIMEOUT);
    assert_exit_status(&r, 0);
    mp_free_result(&r);
    free(figure(dir, "alone"));
    assert_false(exists(dir, "alone-1"));
}

/* ---- the generations ---- */

/* The counts on top of the lanes are what gc.get_count() prints right
   after each figure, in minipy and in CPython 3.13. */
static void
test_generations_follow_the_counts(void **state)
{
    (void)state;
    const char *dir;
    char *out = draw_script(FIGURES "generations.py", &dir);
    const char *python = python313_path();
    if (python != NULL) {
        char *argv[] = {(char *)python, "-S", FIGURES "generations.py", NULL};
        RunResult py = mp_run_argv(argv, RUN_TIMEOUT);
        assert_exit_status(&py, 0);
        assert_string_equal(out, py.out);
        mp_free_result(&py);
    } else {
        print_message("no CPython 3.13: counts checked against minipy's\n");
    }
    const char *names[] = {"generations-made", "generations-young",
                           "generations-collected-0",
                           "generations-collected-1"};
    /* first (#1), second (#2), third (#3): their generation in each */
    const int lanes[4][4] = {
        {0, 0, -1, -1}, {0, 1, 0, -1}, {0, 1, 1, -1}, {0, 2, 2, 0}};
    const char *line = out;
    char *dot[4];
    for (int i = 0; i < 4; i++) {
        dot[i] = figure(dir, names[i]);
        assert_legible(dir, names[i]);
        int count[3];
        assert_int_equal(
            sscanf(line, "(%d, %d, %d)", &count[0], &count[1], &count[2]), 3);
        line = strchr(line, '\n') + 1;
        for (int g = 0; g < 3; g++) {
            char title[96];
            snprintf(title, sizeof title,
                     "generation %d<br align=\"left\"/>count %d<br", g,
                     count[g]);
            assert_contains(dot[i], title);
        }
        for (int n = 1; n <= 3; n++)
            assert_int_equal(lane_of(dot[i], n), lanes[i][n]);
        for (int n = 1; i > 0 && n <= 3; n++)
            if (lanes[i - 1][n] >= 0)
                assert_holds_still(dir, names[i - 1], dot[i - 1], names[i],
                                   dot[i], n);
    }
    for (int i = 0; i < 4; i++)
        free(dot[i]);
    free(out);
}

/* The seeds' A/B cycle: in generation 0 with its name, dashed without
   it, two ghosts after gc.collect(), which returns what CPython's does. */
static void
test_ab_cycle_freed(void **state)
{
    (void)state;
    const char *dir;
    char *out = draw_script(FIGURES "ab_cycle.py", &dir);
    char *argv[] = {(char *)python_path(), "-S", FIGURES "ab_cycle.py", NULL};
    RunResult py = mp_run_argv(argv, RUN_TIMEOUT);
    assert_exit_status(&py, 0);
    assert_string_equal(out, py.out);
    assert_string_equal(out, "2\n");
    mp_free_result(&py);
    free(out);
    char *named = figure(dir, "ab-named");
    char *dropped = figure(dir, "ab-unreachable");
    char *collected = figure(dir, "ab-collected");
    for (int n = 1; n <= 2; n++) {
        assert_int_equal(lane_of(named, n), 0);
        assert_false(node_says(named, n, "dashed"));
        assert_true(node_says(dropped, n, "dashed"));
        assert_true(node_says(dropped, n, "refcount 1"));
        assert_true(node_says(collected, n, "freed"));
        assert_int_equal(lane_of(collected, n), 0);
    }
    assert_true(node_says(named, 1, "<b>A</b>"));
    assert_true(node_says(named, 1, "refcount 2"));
    assert_true(node_says(named, 2, "<b>B</b>"));
    assert_non_null(strstr(named, "t1 -> o1")); /* the name a */
    assert_null(strstr(dropped, "t1 -> o1"));
    assert_legible(dir, "ab-named");
    for (int n = 1; n <= 2; n++) {
        assert_holds_still(dir, "ab-named", named, "ab-unreachable", dropped,
                           n);
        assert_holds_still(dir, "ab-unreachable", dropped, "ab-collected",
                           collected, n);
    }
    free(named);
    free(dropped);
    free(collected);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_observer_sees_each_phase, mp_setup,
                                        mp_teardown),
        cmocka_unit_test(test_collection_drawn_phase_by_phase),
        cmocka_unit_test(test_collection_marker_waits_for_one_collection),
        cmocka_unit_test(test_generations_follow_the_counts),
        cmocka_unit_test(test_ab_cycle_freed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
