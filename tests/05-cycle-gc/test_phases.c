/* One collection, phase by phase, on small graphs made by hand: the
   collector tells an observer after each phase, and the observer
   writes down, for each object of the graph, its gc_refs and which list
   it is on.  The expected values are worked out from the graph: gc_refs
   start as the reference counts, lose one per reference from inside the
   generation, and what is left is what holds an object from outside. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "gc_test.h"

enum { MAX_OBJS = 8, MAX_PHASES = 8 };

/* Where an object is after a phase. */
enum { NOWHERE, REACHABLE, UNREACHABLE };

typedef struct {
    const char *phase;
    Py_ssize_t refs[MAX_OBJS];
    bool collecting[MAX_OBJS];
    int where[MAX_OBJS];
    Py_ssize_t reachable_len, unreachable_len;
} Snapshot;

static struct {
    PyObject *objs[MAX_OBJS]; /* borrowed: only compared, never used */
    int n;
    Snapshot shots[MAX_PHASES];
    int nshots;
} graph;

static void
observe(GCPhase phase, PyGC_Head *reachable, PyGC_Head *unreachable,
        PyObject *op, void *ctx)
{
    (void)ctx;
    (void)op;
    if (phase == GC_PHASE_MOVE_BACK)
        return; /* inside move_unreachable: the next shot shows its end */
    assert_true(graph.nshots < MAX_PHASES);
    Snapshot *s = &graph.shots[graph.nshots++];
    s->phase = _PyGC_PhaseName(phase);
    s->reachable_len = 0;
    s->unreachable_len = 0;
    for (PyGC_Head *g = (PyGC_Head *)(reachable->_gc_next & ~(uintptr_t)1);
         g != reachable; g = (PyGC_Head *)(g->_gc_next & ~(uintptr_t)1))
        s->reachable_len++;
    for (PyGC_Head *g = (PyGC_Head *)(unreachable->_gc_next & ~(uintptr_t)1);
         g != unreachable; g = (PyGC_Head *)(g->_gc_next & ~(uintptr_t)1))
        s->unreachable_len++;
    for (int i = 0; i < graph.n; i++) {
        PyObject *op = graph.objs[i];
        if (ptrset_has(&freed_objects, op)) {
            s->where[i] = NOWHERE;
            continue;
        }
        s->where[i] = on_list(op, reachable)     ? REACHABLE
                      : on_list(op, unreachable) ? UNREACHABLE
                                                 : NOWHERE;
        s->collecting[i] =
            (_Py_AS_GC(op)->_gc_prev & _PyGC_PREV_MASK_COLLECTING) != 0;
        s->refs[i] = gc_refs(op);
    }
}

static void
start_graph(void)
{
    memset(&graph, 0, sizeof graph);
    watch_frees();
    _PyGC_SetObserver(observe, NULL);
}

static void
stop_graph(void)
{
    _PyGC_SetObserver(NULL, NULL);
    unwatch_frees();
}

/* A new object of the graph; it is graph.objs[index]. */
static PyObject *
node(PyObject *op)
{
    assert_true(graph.n < MAX_OBJS);
    graph.objs[graph.n++] = op;
    return op;
}

static const Snapshot *
shot(const char *phase)
{
    for (int i = 0; i < graph.nshots; i++)
        if (strcmp(graph.shots[i].phase, phase) == 0)
            return &graph.shots[i];
    fail_msg("no phase %s", phase);
    return NULL;
}

static void
expect_refs(const char *phase, const Py_ssize_t *refs)
{
    const Snapshot *s = shot(phase);
    for (int i = 0; i < graph.n; i++) {
        if (!s->collecting[i])
            fail_msg("%s: object %d is not marked as being collected", phase,
                     i);
        if (s->refs[i] != refs[i])
            fail_msg("%s: object %d has gc_refs %zd, expected %zd", phase, i,
                     s->refs[i], refs[i]);
    }
}

static void
expect_where(const char *phase, const int *where)
{
    const Snapshot *s = shot(phase);
    for (int i = 0; i < graph.n; i++)
        if (s->where[i] != where[i])
            fail_msg("%s: object %d is on list %d, expected %d", phase, i,
                     s->where[i], where[i]);
}

/* Six lists, made in this order:
     B -> A        A and B: a cycle the test holds through A
     A -> B
     C -> D -> C   a cycle nobody holds
     E -> E        a list holding itself
     F -> F, A     a garbage cycle that refers to live A
   B comes before A on the list, so move_unreachable first takes B for
   unreachable and moves it back once it reaches A. */
static void
test_phases_on_lists(void **state)
{
    (void)state;
    session_start("");
    collect(2);
    start_graph();
    PyObject *b = node(new_list()), *a = node(new_list());
    PyObject *c = node(new_list()), *d = node(new_list());
    PyObject *e = node(new_list()), *f = node(new_list());
    append(b, a);
    append(a, b);
    append(c, d);
    append(d, c);
    append(e, e);
    append(f, f);
    append(f, a);
    Py_DECREF(b);
    Py_DECREF(c);
    Py_DECREF(d);
    Py_DECREF(e);
    Py_DECREF(f);
    assert_int_equal(_PyGC_ListSize(_PyGC_Generation(0)), 6);
    Py_ssize_t found = collect(0);
    stop_graph();

    /*                           B  A  C  D  E  F */
    const Py_ssize_t counts[] = {1, 3, 1, 1, 1, 1};
    const Py_ssize_t outside[] = {0, 1, 0, 0, 0, 0};
    expect_refs("update_refs", counts);
    expect_refs("subtract_refs", outside);
    const int after_move[] = {REACHABLE,   REACHABLE,   UNREACHABLE,
                              UNREACHABLE, UNREACHABLE, UNREACHABLE};
    expect_where("move_unreachable", after_move);
    const Snapshot *moved = shot("move_unreachable");
    assert_int_equal(moved->reachable_len, 2);
    assert_int_equal(moved->unreachable_len, 4);
    /* the reachable ones are ordinary list nodes again */
    assert_false(moved->collecting[0]);
    assert_false(moved->collecting[1]);
    /* No finalizers: all four stay garbage and are freed. */
    expect_where("finalize_garbage", after_move);
    const int gone[] = {REACHABLE, REACHABLE, NOWHERE,
                        NOWHERE,   NOWHERE,   NOWHERE};
    assert_int_equal(shot("handle_resurrected_objects")->unreachable_len, 4);
    expect_where("delete_garbage", gone);
    assert_int_equal(found, 4);
    /* The survivors moved up to gen 1, and A still holds B. */
    assert_int_equal(generation_of(a), 1);
    assert_int_equal(generation_of(b), 1);
    assert_int_equal(Py_REFCNT(a), 2);
    assert_int_equal(Py_REFCNT(b), 1);
    check_gc_lists(NULL);
    Py_DECREF(a); /* the A-B cycle is garbage now */
    assert_int_equal(collect(2), 2);
    assert_int_equal(session_end(), 0);
}

/* Only references from inside the generation are subtracted: an old
   list holding a young one keeps it, however the young one is held. */
static void
test_references_from_older_generations_count_as_outside(void **state)
{
    (void)state;
    session_start("");
    collect(2);
    PyObject *old = new_list();
    collect(1); /* old is in gen 2 now */
    assert_int_equal(generation_of(old), 2);
    start_graph();
    PyObject *young = node(new_list());
    PyObject *self_loop = node(new_list());
    append(old, young);
    append(young, self_loop);
    append(self_loop, young);
    Py_DECREF(young);
    Py_DECREF(self_loop);
    assert_int_equal(collect(0), 0);
    stop_graph();
    const Py_ssize_t counts[] = {2, 1};
    const Py_ssize_t outside[] = {1, 0};
    expect_refs("update_refs", counts);
    expect_refs("subtract_refs", outside);
    const int kept[] = {REACHABLE, REACHABLE};
    expect_where("move_unreachable", kept);
    assert_int_equal(generation_of(young), 1);
    Py_DECREF(old); /* frees all three by counting: no cycle through old */
    assert_int_equal(collect(2), 2);
    assert_int_equal(session_end(), 0);
}

/* Finalizers and resurrection: R's __del__ saves it in a global list.
   R and P refer to each other; X and Y too.  All four are unreachable;
   R's __del__ runs (once), after which R and P are reachable again,
   from the global: they survive, and only X and Y are freed. */
static const char *const resurrecting = "calls = []\n"
                                        "saved = []\n"
                                        "class R:\n"
                                        "    def __del__(self):\n"
                                        "        calls.append(1)\n"
                                        "        saved.append(self)\n"
                                        "class P:\n"
                                        "    pass\n";

static void
test_phases_with_a_resurrecting_finalizer(void **state)
{
    (void)state;
    session_start(resurrecting);
    collect(2);
    start_graph();
    PyObject *r = node(new_instance("R")), *p = node(new_instance("P"));
    PyObject *x = node(new_list()), *y = node(new_list());
    set_attr(r, "p", p);
    set_attr(p, "r", r);
    append(x, y);
    append(y, x);
    Py_DECREF(r);
    Py_DECREF(p);
    Py_DECREF(x);
    Py_DECREF(y);
    Py_ssize_t found = collect(0);
    stop_graph();

    /*                           R  P  X  Y */
    const Py_ssize_t counts[] = {1, 1, 1, 1};
    const Py_ssize_t outside[] = {0, 0, 0, 0};
    expect_refs("update_refs", counts);
    expect_refs("subtract_refs", outside);
    const int garbage[] = {UNREACHABLE, UNREACHABLE, UNREACHABLE, UNREACHABLE};
    expect_where("move_unreachable", garbage);
    expect_where("finalize_garbage", garbage);
    assert_int_equal(shot("finalize_garbage")->unreachable_len, 4);
    /* After handle_resurrected_objects the "unreachable" list is what is
       still garbage; R and P went back to gen 1. */
    const int after[] = {REACHABLE, REACHABLE, UNREACHABLE, UNREACHABLE};
    expect_where("handle_resurrected_objects", after);
    const int gone[] = {REACHABLE, REACHABLE, NOWHERE, NOWHERE};
    expect_where("delete_garbage", gone);
    assert_int_equal(found, 2); /* the resurrected are not counted */
    assert_int_equal(generation_of(r), 1);
    assert_int_equal(generation_of(p), 1);
    assert_true(((PyInstanceObject *)r)->finalized);
    assert_int_equal(Py_SIZE(global("calls")), 1);
    assert_int_equal(Py_SIZE(global("saved")), 1);
    assert_ptr_equal(PyList_GET_ITEM(global("saved"), 0), r);
    check_gc_lists(NULL);

    /* Once saved lets go, R and P are garbage again, and R's __del__
       does not run a second time. */
    PyObject *saved = global("saved");
    assert_int_equal(PyObject_SetItem(saved, PyLong_FromLong(0), Py_None), 0);
    assert_int_equal(collect(2), 2);
    assert_int_equal(Py_SIZE(global("calls")), 1);
    assert_int_equal(session_end(), 0);
}

int
main(void)
{
    char base;
    test_stack_base = &base;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_phases_on_lists, session_teardown),
        cmocka_unit_test_teardown(
            test_references_from_older_generations_count_as_outside,
            session_teardown),
        cmocka_unit_test_teardown(test_phases_with_a_resurrecting_finalizer,
                                  session_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
