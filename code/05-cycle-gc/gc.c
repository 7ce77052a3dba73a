#define _POSIX_C_SOURCE 200809L /* clock_gettime */
/* The cycle collector: reference counting frees every object nobody
   refers to, except those in reference cycles.  Every container is on
   the list of one of three generations; a collection of a generation
   finds, among its objects, those that only the others refer to.  Read
   top to bottom: the lists, tracking, the phases of one collection
   (update_refs, subtract_refs, move_unreachable, finalizers,
   resurrection, tp_clear), then when collections run.  The names are
   CPython's (Python/gc.c, v3.13.0); the code is ours. */
#include "gc.h"

#include "classobject.h"
#include "dictobject.h"
#include "errors.h"
#include "interp.h"
#include "listobject.h"
#include "longobject.h"
#include "moduleobject.h"
#include "pymem.h"
#include "tupleobject.h"
#include "unicodeobject.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

/* _gc_prev during a collection: bit 0 is free for a flag (CPython keeps
   "finalized" there), bit 1 says "in the generation being collected",
   the rest is gc_refs.  _gc_next's bit 0 marks an object moved to the
   unreachable list by move_unreachable. */
#define PREV_MASK_COLLECTING  _PyGC_PREV_MASK_COLLECTING
#define PREV_SHIFT            _PyGC_PREV_SHIFT
#define NEXT_MASK_UNREACHABLE ((uintptr_t)1)

static GCState gcstate;

/* ---------------------------------------------------------------- lists */

#define GC_NEXT(g) ((PyGC_Head *)((g)->_gc_next & ~NEXT_MASK_UNREACHABLE))
#define GC_PREV(g) ((PyGC_Head *)((g)->_gc_prev & ~(uintptr_t)3))

static void
gc_list_init(PyGC_Head *list)
{
    list->_gc_next = list->_gc_prev = (uintptr_t)list;
}

static bool
gc_list_is_empty(PyGC_Head *list)
{
    return list->_gc_next == (uintptr_t)list;
}

static void
gc_list_append(PyGC_Head *node, PyGC_Head *list)
{
    PyGC_Head *last = (PyGC_Head *)list->_gc_prev;
    node->_gc_prev = (uintptr_t)last;
    last->_gc_next = (uintptr_t)node;
    node->_gc_next = (uintptr_t)list;
    list->_gc_prev = (uintptr_t)node;
}

static void
gc_list_remove(PyGC_Head *node)
{
    PyGC_Head *prev = GC_PREV(node), *next = GC_NEXT(node);
    prev->_gc_next = (uintptr_t)next;
    next->_gc_prev = (next->_gc_prev & 3) | (uintptr_t)prev;
    node->_gc_next = 0; /* not tracked */
}

static void
gc_list_move(PyGC_Head *node, PyGC_Head *list)
{
    gc_list_remove(node);
    gc_list_append(node, list);
}

/* Append from's objects to to; from becomes empty. */
static void
gc_list_merge(PyGC_Head *from, PyGC_Head *to)
{
    if (!gc_list_is_empty(from)) {
        PyGC_Head *to_tail = GC_PREV(to);
        PyGC_Head *from_head = GC_NEXT(from), *from_tail = GC_PREV(from);
        to_tail->_gc_next = (uintptr_t)from_head;
        from_head->_gc_prev = (uintptr_t)to_tail;
        from_tail->_gc_next = (uintptr_t)to;
        to->_gc_prev = (uintptr_t)from_tail;
    }
    gc_list_init(from);
}

Py_ssize_t
_PyGC_ListSize(PyGC_Head *list)
{
    Py_ssize_t n = 0;
    for (PyGC_Head *g = GC_NEXT(list); g != list; g = GC_NEXT(g))
        n++;
    return n;
}

static void
gc_init(void)
{
    static const int thresholds[NUM_GENERATIONS] = {2000, 10, 10};
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        gc_list_init(&gcstate.generations[i].head);
        gcstate.generations[i].threshold = thresholds[i];
    }
    gc_list_init(&gcstate.permanent.head);
    gcstate.enabled = true;
    gcstate.ready = true;
}

GCState *
_PyGC_State(void)
{
    if (!gcstate.ready)
        gc_init();
    return &gcstate;
}

PyGC_Head *
_PyGC_Generation(int n)
{
    GCState *st = _PyGC_State();
    return n < NUM_GENERATIONS ? &st->generations[n].head : &st->permanent.head;
}

/* ------------------------------------------------------------- tracking */

void
_PyObject_GC_Track(PyObject *op)
{
    if (_Py_AS_GC(op)->_gc_next == 0)
        gc_list_append(_Py_AS_GC(op), _PyGC_Generation(0));
}

void
_PyObject_GC_Untrack(PyObject *op)
{
    if (_Py_AS_GC(op)->_gc_next != 0)
        gc_list_remove(_Py_AS_GC(op));
}

bool
_PyObject_GC_MayBeTracked(PyObject *op)
{
    if (!_PyObject_IS_GC(op))
        return false;
    return !PyTuple_Check(op) || _PyObject_GC_IS_TRACKED(op);
}

static void schedule_collection(void);

/* Gen 0's count goes up with each container made and down with each
   freed; past its threshold a collection is due, at the next safe point
   (3.12+; earlier versions collected at once). */
void
_PyObject_GC_Link(PyObject *op)
{
    GCState *st = _PyGC_State();
    _Py_AS_GC(op)->_gc_next = 0;
    _Py_AS_GC(op)->_gc_prev = 0;
    _PyObject_GC_Track(op);
    GCGeneration *young = &st->generations[0];
    young->count++;
    if (young->count > young->threshold && young->threshold != 0 &&
        st->enabled && !st->collecting)
        schedule_collection();
}

void
_PyObject_GC_Unlink(PyObject *op)
{
    _PyObject_GC_Untrack(op);
    if (gcstate.generations[0].count > 0)
        gcstate.generations[0].count--;
}

/* ------------------------------------------------- one collection, phase
   by phase */

void
_PyGC_SetObserver(gc_observer fn, void *ctx)
{
    gcstate.observer = fn;
    gcstate.observer_ctx = ctx;
}

static void
observe(GCPhase phase, PyGC_Head *list, PyGC_Head *unreachable, PyObject *op)
{
    if (gcstate.observer != NULL)
        gcstate.observer(phase, list, unreachable, op, gcstate.observer_ctx);
}

const char *
_PyGC_PhaseName(GCPhase phase)
{
    static const char *const names[] = {
        [GC_PHASE_UPDATE_REFS] = "update_refs",
        [GC_PHASE_SUBTRACT_REFS] = "subtract_refs",
        [GC_PHASE_MOVE_BACK] = "visit_reachable",
        [GC_PHASE_MOVE_UNREACHABLE] = "move_unreachable",
        [GC_PHASE_FINALIZE_GARBAGE] = "finalize_garbage",
        [GC_PHASE_HANDLE_RESURRECTED] = "handle_resurrected_objects",
        [GC_PHASE_DONE] = "delete_garbage",
    };
    return names[phase];
}

static Py_ssize_t
gc_get_refs(PyGC_Head *g)
{
    return (Py_ssize_t)(g->_gc_prev >> PREV_SHIFT);
}

static void
gc_set_refs(PyGC_Head *g, Py_ssize_t refs)
{
    g->_gc_prev = (g->_gc_prev & 3) | ((uintptr_t)refs << PREV_SHIFT);
}

static bool
gc_is_collecting(PyGC_Head *g)
{
    return (g->_gc_prev & PREV_MASK_COLLECTING) != 0;
}

PyGC_Head *
_PyGC_Next(PyGC_Head *g)
{
    return GC_NEXT(g);
}

Py_ssize_t
_PyGC_Refs(PyGC_Head *g)
{
    return gcstate.collecting && gc_is_collecting(g) ? gc_get_refs(g) : -1;
}

/* 1. Each object's gc_refs starts as its reference count, and it is
   marked as being collected.  Immortal objects need no collecting: they
   leave the lists.  So does an object whose count is zero: it is being
   freed, and this collection runs from a __del__ its freeing triggered
   (CPython's deallocators untrack their object first). */
static void
update_refs(PyGC_Head *containers)
{
    PyGC_Head *next;
    for (PyGC_Head *g = GC_NEXT(containers); g != containers; g = next) {
        next = GC_NEXT(g);
        PyObject *op = _Py_FROM_GC(g);
        if (_Py_IsImmortal(op) || Py_REFCNT(op) == 0) {
            gc_list_remove(g);
            continue;
        }
        g->_gc_prev = PREV_MASK_COLLECTING | (g->_gc_prev & 1) |
                      ((uintptr_t)Py_REFCNT(op) << PREV_SHIFT);
    }
}

static int
visit_decref(PyObject *op, void *arg)
{
    (void)arg;
    if (_PyObject_IS_GC(op) && gc_is_collecting(_Py_AS_GC(op)))
        gc_set_refs(_Py_AS_GC(op), gc_get_refs(_Py_AS_GC(op)) - 1);
    return 0;
}

/* 2. Every reference from one object of the generation to another is
   taken off the target's gc_refs.  What remains counts the references
   from outside: frames, the interpreter, older objects. */
static void
subtract_refs(PyGC_Head *containers)
{
    for (PyGC_Head *g = GC_NEXT(containers); g != containers; g = GC_NEXT(g)) {
        PyObject *op = _Py_FROM_GC(g);
        Py_TYPE(op)->tp_traverse(op, visit_decref, NULL);
    }
}

/* move_unreachable's visit: what a reachable object refers to is
   reachable too.  If move_unreachable already put it on the unreachable
   list, it comes back to the end of the reachable list, to be scanned
   in its turn; if it is still ahead in the scan, gc_refs 1 says so. */
static int
visit_reachable(PyObject *op, void *arg)
{
    PyGC_Head *reachable = arg;
    if (!_PyObject_IS_GC(op))
        return 0;
    PyGC_Head *g = _Py_AS_GC(op);
    if (!gc_is_collecting(g))
        return 0; /* not in this generation, or scanned already */
    if (g->_gc_next & NEXT_MASK_UNREACHABLE) {
        observe(GC_PHASE_MOVE_BACK, reachable, NULL, op);
        /* Unlinked by hand: the flag is in the links. */
        PyGC_Head *prev = GC_PREV(g), *next = GC_NEXT(g);
        prev->_gc_next =
            (prev->_gc_next & NEXT_MASK_UNREACHABLE) | (uintptr_t)next;
        next->_gc_prev = (next->_gc_prev & 3) | (uintptr_t)prev;
        PyGC_Head *last = (PyGC_Head *)reachable->_gc_prev;
        last->_gc_next = (uintptr_t)g;
        g->_gc_next = (uintptr_t)reachable;
        reachable->_gc_prev = (uintptr_t)g;
        gc_set_refs(g, 1);
    } else if (gc_get_refs(g) == 0) {
        gc_set_refs(g, 1);
    }
    return 0;
}

/* 3. One pass along the generation.  An object with gc_refs > 0 is
   reachable from outside: it stays, and all it refers to is made
   reachable.  An object with gc_refs 0 is tentatively unreachable: it
   moves to the unreachable list, and comes back if a reachable object
   later turns out to refer to it.  While gc_refs use the prev links,
   the generation is a singly linked list: the pass keeps the previous
   object itself, and puts each prev link back as it goes. */
static void
move_unreachable(PyGC_Head *young, PyGC_Head *unreachable)
{
    PyGC_Head *prev = young;
    PyGC_Head *g = GC_NEXT(young);
    while (g != young) {
        if (gc_get_refs(g) > 0) {
            PyObject *op = _Py_FROM_GC(g);
            Py_TYPE(op)->tp_traverse(op, visit_reachable, young);
            g->_gc_prev = (uintptr_t)prev; /* a link again, not collecting */
            prev = g;
        } else {
            prev->_gc_next = g->_gc_next;
            PyGC_Head *last = (PyGC_Head *)unreachable->_gc_prev;
            last->_gc_next =
                (last->_gc_next & NEXT_MASK_UNREACHABLE) | (uintptr_t)g;
            g->_gc_prev = (uintptr_t)last | PREV_MASK_COLLECTING;
            g->_gc_next = (uintptr_t)unreachable | NEXT_MASK_UNREACHABLE;
            unreachable->_gc_prev = (uintptr_t)g;
        }
        g = (PyGC_Head *)prev->_gc_next;
    }
    young->_gc_prev = (uintptr_t)prev;
    unreachable->_gc_next &= ~NEXT_MASK_UNREACHABLE;
    for (g = GC_NEXT(unreachable); g != unreachable; g = GC_NEXT(g))
        g->_gc_next &= ~NEXT_MASK_UNREACHABLE;
}

/* The three steps together: young keeps the reachable objects; the
   unreachable list gets the rest, still marked as being collected. */
static void
deduce_unreachable(PyGC_Head *young, PyGC_Head *unreachable)
{
    update_refs(young);
    observe(GC_PHASE_UPDATE_REFS, young, unreachable, NULL);
    subtract_refs(young);
    observe(GC_PHASE_SUBTRACT_REFS, young, unreachable, NULL);
    move_unreachable(young, unreachable);
    observe(GC_PHASE_MOVE_UNREACHABLE, young, unreachable, NULL);
}

/* 4. Finalizers (PEP 442): each unreachable instance's __del__ runs,
   once in its life, while every object of the garbage is still whole.
   True if one ran. */
static bool
finalize_garbage(PyGC_Head *unreachable)
{
    bool ran = false;
    PyGC_Head seen;
    gc_list_init(&seen);
    while (!gc_list_is_empty(unreachable)) {
        PyGC_Head *g = GC_NEXT(unreachable);
        PyObject *op = _Py_FROM_GC(g);
        gc_list_move(g, &seen);
        if (PyInstance_Check(op)) {
            bool before = ((PyInstanceObject *)op)->finalized;
            Py_INCREF(op);
            _PyInstance_Finalize(op);
            Py_DECREF(op);
            ran = ran || before != ((PyInstanceObject *)op)->finalized;
        }
    }
    gc_list_merge(&seen, unreachable);
    return ran;
}

/* 5. A __del__ may have stored a reference to some of the garbage
   somewhere reachable: those objects, and what they reach, are alive
   again ("resurrected") and go to the older generation.  The rest is
   still garbage.  (When no __del__ ran, no count has changed since
   step 3 and all of it is: collect skips this step then.) */
static void
handle_resurrected_objects(PyGC_Head *unreachable, PyGC_Head *still,
                           PyGC_Head *old)
{
    update_refs(unreachable);
    subtract_refs(unreachable);
    move_unreachable(unreachable, still);
    gc_list_merge(unreachable, old);
}

/* 6. tp_clear on each object left: it lets go of its references, which
   breaks the cycles, and reference counting frees the garbage.  An
   object still alive after its clear waits in the older generation. */
static void
delete_garbage(PyGC_Head *collectable, PyGC_Head *old)
{
    while (!gc_list_is_empty(collectable)) {
        PyGC_Head *g = GC_NEXT(collectable);
        PyObject *op = _Py_FROM_GC(g);
        g->_gc_prev &= ~PREV_MASK_COLLECTING;
        Py_INCREF(op);
        _PyGC_Clear(op);
        Py_DECREF(op);
        if (GC_NEXT(collectable) == g)
            gc_list_move(g, old);
    }
}

/* A tuple or a dict that holds nothing that could be in a cycle. */
static bool
holds_no_container(PyObject *op)
{
    if (PyTuple_Check(op)) {
        for (Py_ssize_t i = 0; i < Py_SIZE(op); i++) {
            PyObject *item = PyTuple_GET_ITEM(op, i);
            if (item == NULL || _PyObject_GC_MayBeTracked(item))
                return false;
        }
        return true;
    }
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (PyDict_Next(op, &pos, &key, &value))
        if (_PyObject_GC_MayBeTracked(key) || _PyObject_GC_MayBeTracked(value))
            return false;
    return true;
}

/* The dicts of a list, in its order. */
typedef struct {
    PyObject **items;
    Py_ssize_t n, cap;
    bool all; /* false: out of memory, some were left out */
} DictsSeen;

static void
note_dict(DictsSeen *seen, PyObject *op)
{
    if (seen->n == seen->cap && seen->all) {
        Py_ssize_t cap = seen->cap ? 2 * seen->cap : 64;
        PyObject **items =
            PyMem_RawRealloc(seen->items, (size_t)cap * sizeof *items);
        if (items == NULL)
            seen->all = false;
        else
            seen->items = items, seen->cap = cap;
    }
    if (seen->n < seen->cap)
        seen->items[seen->n++] = op;
}

/* On the survivors of a collection: the tuples, and in a full collection
   the dicts, that hold nothing that could be in a cycle leave the lists
   (a tuple for good; a dict until it is given a container).  CPython
   walks the list twice for this (untrack_tuples, and untrack_dicts in
   full collections only); one walk does it here, and checks the dicts
   it met after it, in the same order, so that each dict sees every
   tuple already untracked, as CPython's second walk does.  Returns how
   many objects the list keeps, counted on the way. */
static Py_ssize_t
untrack_flat(PyGC_Head *list, bool dicts)
{
    DictsSeen seen = {NULL, 0, 0, true};
    Py_ssize_t kept = 0;
    PyGC_Head *next;
    for (PyGC_Head *g = GC_NEXT(list); g != list; g = next) {
        next = GC_NEXT(g);
        PyObject *op = _Py_FROM_GC(g);
        kept++;
        if (Py_TYPE(op) == &PyTuple_Type && holds_no_container(op)) {
            gc_list_remove(g);
            kept--;
        } else if (dicts && Py_TYPE(op) == &PyDict_Type) {
            note_dict(&seen, op);
        }
    }
    for (Py_ssize_t i = 0; i < seen.n; i++) {
        if (holds_no_container(seen.items[i])) {
            gc_list_remove(_Py_AS_GC(seen.items[i]));
            kept--;
        }
    }
    PyMem_RawFree(seen.items);
    if (!seen.all) { /* out of memory: CPython's second walk, then */
        kept = 0;
        for (PyGC_Head *g = GC_NEXT(list); g != list; g = next) {
            next = GC_NEXT(g);
            PyObject *op = _Py_FROM_GC(g);
            kept++;
            if (Py_TYPE(op) == &PyDict_Type && holds_no_container(op)) {
                gc_list_remove(g);
                kept--;
            }
        }
    }
    return kept;
}

/* ------------------------------------------------------- a collection */

static void
invoke_callbacks(const char *phase, int generation, Py_ssize_t collected)
{
    if (gcstate.callbacks == NULL || Py_SIZE(gcstate.callbacks) == 0)
        return;
    PyObject *info = PyDict_New(), *args[2] = {NULL, info};
    PyObject *g = PyLong_FromLong(generation), *c = PyLong_FromLong(collected);
    PyObject *u = PyLong_FromLong(0);
    args[0] = PyUnicode_FromString(phase);
    if (info == NULL || g == NULL || c == NULL || u == NULL ||
        args[0] == NULL || PyDict_SetItemString(info, "generation", g) < 0 ||
        PyDict_SetItemString(info, "collected", c) < 0 ||
        PyDict_SetItemString(info, "uncollectable", u) < 0) {
        /* out of memory: no callback runs this time, as in CPython */
        fflush(stdout);
        fprintf(stderr, "Exception ignored on invoking gc callbacks:\n");
        _PyErr_PrintUnraisable(stderr, interp.filename, interp.source);
        PyErr_Clear();
    } else {
        /* gc.callbacks as it is at each step: a callback may change
           it (CPython's invoke_gc_callback, Python/gc.c, v3.13.0). */
        PyObject *callbacks = gcstate.callbacks;
        for (Py_ssize_t i = 0; i < Py_SIZE(callbacks); i++) {
            PyObject *cb = Py_NewRef(PyList_GET_ITEM(callbacks, i));
            PyObject *r = PyObject_Call(cb, args, 2, NULL);
            if (r == NULL) { /* as CPython's PyErr_WriteUnraisable */
                PyObject *repr = PyObject_Repr(cb);
                fflush(stdout);
                fprintf(stderr, "Exception ignored in: %s\n",
                        repr != NULL ? PyUnicode_AsUTF8(repr) : "callback");
                Py_XDECREF(repr);
                _PyErr_PrintUnraisable(stderr, interp.filename, interp.source);
                PyErr_Clear();
            }
            Py_XDECREF(r);
            Py_DECREF(cb);
        }
    }
    Py_XDECREF(args[0]);
    Py_XDECREF(info);
    Py_XDECREF(g);
    Py_XDECREF(c);
    Py_XDECREF(u);
}

/* Collect generation and every younger one, merged into it. */
static Py_ssize_t
collect(int generation)
{
    GCState *st = _PyGC_State();
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (generation + 1 < NUM_GENERATIONS)
        st->generations[generation + 1].count++;
    for (int i = 0; i <= generation; i++)
        st->generations[i].count = 0;
    PyGC_Head *young = _PyGC_Generation(generation);
    for (int i = 0; i < generation; i++)
        gc_list_merge(_PyGC_Generation(i), young);
    PyGC_Head *old = generation + 1 < NUM_GENERATIONS
                         ? _PyGC_Generation(generation + 1)
                         : young;
    /* A walk of the whole generation: only for --trace, which prints it. */
    Py_ssize_t examined = interp.trace ? _PyGC_ListSize(young) : 0;

    PyGC_Head unreachable;
    gc_list_init(&unreachable);
    deduce_unreachable(young, &unreachable);
    Py_ssize_t survivors = untrack_flat(young, young == old);
    if (young != old) {
        if (generation == NUM_GENERATIONS - 2)
            st->long_lived_pending += survivors;
        gc_list_merge(young, old);
    } else {
        st->long_lived_pending = 0;
        st->long_lived_total = survivors;
    }
    Py_ssize_t found = _PyGC_ListSize(&unreachable);

    bool finalized = finalize_garbage(&unreachable);
    observe(GC_PHASE_FINALIZE_GARBAGE, old, &unreachable, NULL);
    PyGC_Head still;
    gc_list_init(&still);
    if (finalized) /* else no count changed: nothing can have come back */
        handle_resurrected_objects(&unreachable, &still, old);
    else
        gc_list_merge(&unreachable, &still);
    observe(GC_PHASE_HANDLE_RESURRECTED, old, &still, NULL);
    Py_ssize_t collected = _PyGC_ListSize(&still);
    delete_garbage(&still, old);
    observe(GC_PHASE_DONE, old, &still, NULL);
    if (generation == NUM_GENERATIONS - 1)
        _PyFreeList_ClearAll();

    st->stats[generation].collections++;
    st->stats[generation].collected += collected;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (interp.trace)
        trace_printf("[gc] generation %d: %zd examined, %zd unreachable, "
                     "%zd collected, %zd resurrected, %.3f ms\n",
                     generation, examined, found, collected, found - collected,
                     (double)(t1.tv_sec - t0.tv_sec) * 1e3 +
                         (double)(t1.tv_nsec - t0.tv_nsec) / 1e6);
    return collected;
}

/* gc.collect(), the automatic collections and the one at exit all come
   here.  An error pending before stays pending. */
static Py_ssize_t
collect_with_callbacks(int generation)
{
    GCState *st = _PyGC_State();
    if (st->collecting)
        return 0; /* one at a time, as CPython */
    PendingError saved = interp.error;
    memset(&interp.error, 0, sizeof interp.error);
    st->collecting = true;
    invoke_callbacks("start", generation, 0);
    Py_ssize_t found = collect(generation);
    invoke_callbacks("stop", generation, found);
    st->collecting = false;
    PyErr_Clear();
    interp.error = saved;
    return found;
}

Py_ssize_t
_PyGC_Collect(int generation)
{
    return collect_with_callbacks(generation);
}

/* The oldest generation over its threshold, younger ones with it; the
   oldest only once the objects that survived since the last full
   collection are a quarter of those that survived it, so that a program
   that builds a big structure does not pay a full collection per 10
   generation-1 collections (CPython's long_lived_pending rule). */
static void
collect_generations(void)
{
    GCState *st = _PyGC_State();
    if (!st->enabled)
        return; /* disabled since it was scheduled */
    for (int i = NUM_GENERATIONS - 1; i >= 0; i--) {
        if (st->generations[i].count <= st->generations[i].threshold)
            continue;
        if (i == NUM_GENERATIONS - 1 &&
            st->long_lived_pending < st->long_lived_total / 4)
            continue;
        collect_with_callbacks(i);
        break;
    }
}

static void
schedule_collection(void)
{
    interp.scheduled = collect_generations;
    interp.eval_breaker = 1;
}

/* The very end of the teardown: the next interpreter in this process
   (the tests, the fuzzer) starts with the defaults again. */
void
_PyGC_Fini(void)
{
    memset(&gcstate, 0, sizeof gcstate);
}

void
_PyGC_Freeze(bool freeze)
{
    PyGC_Head *permanent = _PyGC_Generation(NUM_GENERATIONS);
    PyGC_Head *oldest = _PyGC_Generation(NUM_GENERATIONS - 1);
    if (!freeze) {
        gc_list_merge(permanent, oldest);
        return;
    }
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        gc_list_merge(_PyGC_Generation(i), permanent);
        gcstate.generations[i].count = 0;
    }
}

/* At exit, once every instance the namespace names has been finalized
   (chapter 3's step before this one): the namespace lets go of its
   values, and what is then left alive only by cycles is collected,
   frozen objects too, again while a collection finds garbage (a
   finalizer can drop the last reference to more).  CPython 3.13 also
   collects as it tears down (Python/pylifecycle.c, finalize_modules). */
void
_PyGC_CollectAtExit(PyObject *globals)
{
    GCState *st = _PyGC_State();
    Py_CLEAR(st->callbacks);
    Py_CLEAR(st->garbage);
    _PyModule_ClearDict(globals);
    gc_list_merge(&st->permanent.head, _PyGC_Generation(NUM_GENERATIONS - 1));
    for (int i = 0; i < 100; i++)
        if (collect_with_callbacks(NUM_GENERATIONS - 1) == 0)
            break;
}
