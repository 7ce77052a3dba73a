/* Random object graphs: lists, dicts, instances (some with a __del__,
   some whose __del__ calls gc.collect() while counting frees them) and
   tuples, joined by random references, some of them held from
   outside (by the test, or by an old list the collection does not
   examine).  The test keeps its own record of every edge; once it lets
   go of everything else, a collection must leave exactly the objects a
   breadth-first search from the outside references reaches, and free
   all the others: not one more, not one less.  Each __del__ of the
   garbage runs exactly once; the number gc.collect() returns is the
   number of tracked objects it found alive and unreachable.  The seeds
   are fixed: a failure names the seed that shows it. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "gc_test.h"

enum { MAX_NODES = 48, SLOTS = 4, MAX_EDGES = 96, ITERATIONS = 3000 };
enum { LIST, DICT, INSTANCE, FINALIZED, COLLECTING, TUPLE };

typedef struct {
    PyObject *op;
    int kind;
    int edges[MAX_EDGES]; /* a list's items, in order */
    int nedges;
    int slot[SLOTS]; /* a dict's keys 0-3 and an instance's a0-a3: -1 */
} Node;

static uint64_t rng;

static uint32_t
next_random(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 11);
}

static int
below(int n)
{
    return (int)(next_random() % (uint32_t)n);
}

static const char *const script = "import gc\n"
                                  "dels = []\n"
                                  "class C:\n"
                                  "    pass\n"
                                  "class D:\n"
                                  "    def __del__(self):\n"
                                  "        dels.append(1)\n"
                                  "class G:\n"
                                  "    def __del__(self):\n"
                                  "        dels.append(1)\n"
                                  "        gc.collect()\n";

static Node nodes[MAX_NODES];
static struct {
    long objects, garbage, by_collector, finalizers;
} totals;

/* Follow the test's own record of the edges, not tp_traverse. */
static void
neighbours(int i, int *out, int *n)
{
    *n = 0;
    Node *v = &nodes[i];
    for (int k = 0; k < v->nedges; k++)
        out[(*n)++] = v->edges[k];
    for (int k = 0; k < SLOTS; k++)
        if (v->slot[k] >= 0)
            out[(*n)++] = v->slot[k];
}

static void
one_graph(uint64_t seed, PyObject *keeper)
{
    rng = seed * 0x9E3779B97F4A7C15u + 1;
    int n = 1 + below(MAX_NODES);
    bool external[MAX_NODES] = {false}; /* held from outside */
    bool by_test[MAX_NODES] = {false};  /* by the test itself */
    for (int i = 0; i < n; i++) {
        Node *v = &nodes[i];
        memset(v, 0, sizeof *v);
        for (int k = 0; k < SLOTS; k++)
            v->slot[k] = -1;
        int r = below(100);
        v->kind = r < 35   ? LIST
                  : r < 55 ? DICT
                  : r < 75 ? INSTANCE
                  : r < 82 ? FINALIZED
                  : r < 87 ? COLLECTING
                           : TUPLE;
        if (v->kind == TUPLE && i == 0)
            v->kind = LIST;
        switch (v->kind) {
        case LIST:
            v->op = new_list();
            break;
        case DICT:
            v->op = new_dict();
            break;
        case INSTANCE:
            v->op = new_instance("C");
            break;
        case FINALIZED:
            v->op = new_instance("D");
            break;
        case COLLECTING: /* its __del__ calls gc.collect() */
            v->op = new_instance("G");
            break;
        default: { /* a tuple of earlier objects, or of ints */
            int size = below(4);
            PyObject *items[4];
            for (int k = 0; k < size; k++) {
                if (below(4) == 0) {
                    items[k] = PyLong_FromLong(below(1000));
                } else {
                    int target = below(i);
                    items[k] = Py_NewRef(nodes[target].op);
                    v->edges[v->nedges++] = target;
                }
            }
            v->op =
                size == 0 ? PyTuple_New(1) : _PyTuple_FromArray(items, size);
            if (size == 0) /* one int: a tuple of something */
                PyTuple_SET_ITEM(v->op, 0, PyLong_FromLong(7));
            for (int k = 0; k < size; k++)
                Py_DECREF(items[k]);
        }
        }
        assert_non_null(v->op);
    }
    int nedges = n + below(2 * n + 1);
    for (int e = 0; e < nedges; e++) {
        int from = below(n), to = below(n);
        Node *v = &nodes[from];
        PyObject *target = nodes[to].op;
        int k = below(SLOTS);
        char name[8];
        switch (v->kind) {
        case LIST:
            if (v->nedges < MAX_EDGES) {
                append(v->op, target);
                v->edges[v->nedges++] = to;
            }
            break;
        case DICT:
            dict_set(v->op, k, target);
            v->slot[k] = to;
            break;
        case INSTANCE:
        case FINALIZED:
        case COLLECTING:
            snprintf(name, sizeof name, "a%d", k);
            set_attr(v->op, name, target);
            v->slot[k] = to;
            break;
        default: /* a tuple's items are fixed */
            break;
        }
    }
    /* Some values that are no containers: a dict of ints stays
       untracked. */
    for (int i = 0; i < n; i++)
        if (nodes[i].kind == DICT && below(3) == 0)
            dict_set(nodes[i].op, 100 + below(5), Py_None);
    int finalizers = 0;
    for (int i = 0; i < n; i++) {
        int r = below(12);
        by_test[i] = r == 0;
        if (r == 1) /* held from an old generation */
            append(keeper, nodes[i].op);
        external[i] = r <= 1;
        finalizers += nodes[i].kind == FINALIZED || nodes[i].kind == COLLECTING;
    }

    /* What a breadth-first search from the outside reaches. */
    bool reached[MAX_NODES] = {false};
    int queue[MAX_NODES], head = 0, tail = 0;
    for (int i = 0; i < n; i++)
        if (external[i]) {
            reached[i] = true;
            queue[tail++] = i;
        }
    while (head < tail) {
        int out[MAX_EDGES + SLOTS], nout;
        neighbours(queue[head++], out, &nout);
        for (int k = 0; k < nout; k++)
            if (!reached[out[k]]) {
                reached[out[k]] = true;
                queue[tail++] = out[k];
            }
    }
    int garbage = 0, garbage_dels = 0;
    for (int i = 0; i < n; i++)
        if (!reached[i]) {
            garbage++;
            garbage_dels +=
                nodes[i].kind == FINALIZED || nodes[i].kind == COLLECTING;
        }

    /* Let go: the test keeps only its outside references. */
    watch_frees();
    Py_ssize_t dels_before = Py_SIZE(global("dels"));
    for (int i = 0; i < n; i++)
        if (!by_test[i])
            Py_DECREF(nodes[i].op);
    int expected = 0;
    for (int i = 0; i < n; i++) {
        if (reached[i] && ptrset_has(&freed_objects, nodes[i].op))
            fail_msg("seed %llu: object %d was freed while reachable",
                     (unsigned long long)seed, i);
        if (!reached[i] && !ptrset_has(&freed_objects, nodes[i].op) &&
            _PyObject_GC_IS_TRACKED(nodes[i].op))
            expected++;
    }
    /* A __del__ that collects, run while the test let go, may have moved
       garbage to gen 2 (a dying object still held it): then collect all
       of it. */
    bool nested = false;
    for (int i = 0; i < n; i++)
        nested |= nodes[i].kind == COLLECTING;
    int gen = below(3);
    Py_ssize_t found = collect(nested ? 2 : gen);
    totals.objects += n;
    totals.garbage += garbage;
    totals.by_collector += found;
    totals.finalizers += garbage_dels;
    for (int i = 0; i < n; i++) {
        bool freed = ptrset_has(&freed_objects, nodes[i].op);
        if (freed == reached[i])
            fail_msg("seed %llu: object %d (kind %d) was %s",
                     (unsigned long long)seed, i, nodes[i].kind,
                     freed ? "freed, but is reachable"
                           : "left alive, but is unreachable");
    }
    if (found != expected)
        fail_msg("seed %llu: the collection found %zd, expected %d",
                 (unsigned long long)seed, found, expected);
    if (Py_SIZE(global("dels")) - dels_before != garbage_dels)
        fail_msg("seed %llu: %zd finalizers ran, expected %d",
                 (unsigned long long)seed,
                 Py_SIZE(global("dels")) - dels_before, garbage_dels);
    check_gc_lists(NULL);
    for (int i = 0; i < n; i++)
        if (reached[i] && _PyObject_GC_IS_TRACKED(nodes[i].op) &&
            generation_of(nodes[i].op) == 0)
            fail_msg("seed %llu: a survivor stayed in gen 0",
                     (unsigned long long)seed);

    /* Now everything goes, and each __del__ has run once. */
    for (int i = 0; i < n; i++)
        if (by_test[i])
            Py_DECREF(nodes[i].op);
    while (Py_SIZE(keeper) > 0) {
        PyObject *last = PyList_GET_ITEM(keeper, Py_SIZE(keeper) - 1);
        Py_SIZE(keeper)--;
        Py_DECREF(last);
    }
    collect(2);
    for (int i = 0; i < n; i++)
        if (!ptrset_has(&freed_objects, nodes[i].op))
            fail_msg("seed %llu: object %d outlived every reference",
                     (unsigned long long)seed, i);
    if (Py_SIZE(global("dels")) - dels_before != finalizers)
        fail_msg("seed %llu: %zd finalizers ran in all, expected %d",
                 (unsigned long long)seed,
                 Py_SIZE(global("dels")) - dels_before, finalizers);
    unwatch_frees();
}

static void
test_random_graphs(void **state)
{
    (void)state;
    session_start(script);
    PyObject *keeper = new_list();
    collect(2);
    assert_int_equal(generation_of(keeper), 2);
    size_t before = check_gc_lists(NULL);
    for (uint64_t seed = 1; seed <= ITERATIONS; seed++)
        one_graph(seed, keeper);
    assert_int_equal(check_gc_lists(NULL), before);
    printf("%d graphs, %ld objects, %ld of them garbage, %ld found by "
           "the collector, %ld finalizers run\n",
           ITERATIONS, totals.objects, totals.garbage, totals.by_collector,
           totals.finalizers);
    Py_DECREF(keeper);
    assert_int_equal(session_end(), 0);
}

int
main(void)
{
    char base;
    test_stack_base = &base;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_random_graphs, session_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
