#ifndef MINIPY_GC_H
#define MINIPY_GC_H

#include "object.h"

/* Every object of a type with a tp_traverse, a container, is allocated
   with two more words in front of its head: the links of the list of its
   generation.  Between collections, _gc_next and _gc_prev are pointers;
   _gc_next is 0 while the object is not tracked.  During a collection
   _gc_prev holds the object's gc_refs instead, shifted past two flags
   (CPython's PyGC_Head, Include/internal/pycore_gc.h, v3.13.0). */
typedef struct PyGC_Head {
    uintptr_t _gc_next;
    uintptr_t _gc_prev;
} PyGC_Head;

/* _gc_prev during a collection: bit 1 marks an object of the generation
   being collected; past bit 1, its gc_refs. */
#define _PyGC_PREV_MASK_COLLECTING ((uintptr_t)2)
#define _PyGC_PREV_SHIFT           2

#define _Py_AS_GC(op)   ((PyGC_Head *)(op)-1)
#define _Py_FROM_GC(gc) ((PyObject *)((PyGC_Head *)(gc) + 1))

/* A type object is a container only if a class statement made it: the
   builtin types are static, with no header in front of them. */
static inline bool
_PyObject_IS_GC(PyObject *op)
{
    PyTypeObject *type = Py_TYPE(op);
    return type->tp_traverse != NULL &&
           (type != &PyType_Type ||
            (((PyTypeObject *)op)->tp_flags & Py_TPFLAGS_HEAPTYPE));
}

static inline bool
_PyObject_GC_IS_TRACKED(PyObject *op)
{
    return _PyObject_IS_GC(op) && _Py_AS_GC(op)->_gc_next != 0;
}

/* Could op be part of a cycle?  A container, except a tuple that the
   collector found holds nothing that could be (CPython's
   _PyObject_GC_MAY_BE_TRACKED). */
bool _PyObject_GC_MayBeTracked(PyObject *op);

void _PyObject_GC_Track(PyObject *op);
void _PyObject_GC_Untrack(PyObject *op);
/* alloc.c: a container was made / is being freed. */
void _PyObject_GC_Link(PyObject *op);
void _PyObject_GC_Unlink(PyObject *op);

/* Collect generation (0, 1 or 2) and the younger ones: the number of
   unreachable objects freed, as gc.collect() returns it (those that a
   finalizer brought back to life are not counted, in any version). */
Py_ssize_t _PyGC_Collect(int generation);
/* At exit, with __main__'s namespace (config.c's list). */
void _PyGC_CollectAtExit(PyObject *globals);
/* The end of the teardown (config.c's list): back to the defaults. */
void _PyGC_Fini(void);
/* gc_clear.c: break a cycle by making op let go of what it holds. */
void _PyGC_Clear(PyObject *op);

#define NUM_GENERATIONS 3

typedef struct {
    PyGC_Head head;
    int threshold;
    int count; /* gen 0: containers made minus freed; the others: the
                  collections of the next younger generation since */
} GCGeneration;

typedef struct {
    Py_ssize_t collections, collected, uncollectable;
} GCStats;

/* The ends of a collection's phases, as an observer is told of them (the
   figures draw them, the tests check them).  list is the list of the
   objects being collected that are still reachable, unreachable the
   unreachable list.  From GC_PHASE_FINALIZE_GARBAGE on, list is the
   generation the survivors joined, and unreachable what is still
   garbage.  op is the object coming back at GC_PHASE_MOVE_BACK, NULL at
   the others. */
typedef enum {
    GC_PHASE_UPDATE_REFS,        /* gc_refs copied from the counts */
    GC_PHASE_SUBTRACT_REFS,      /* references among the objects taken off */
    GC_PHASE_MOVE_BACK,          /* move_unreachable: op comes back */
    GC_PHASE_MOVE_UNREACHABLE,   /* the unreachable list holds the garbage */
    GC_PHASE_FINALIZE_GARBAGE,   /* every __del__ has run */
    GC_PHASE_HANDLE_RESURRECTED, /* the resurrected moved to list */
    GC_PHASE_DONE,               /* the garbage freed */
} GCPhase;
typedef void (*gc_observer)(GCPhase phase, PyGC_Head *list,
                            PyGC_Head *unreachable, PyObject *op, void *ctx);
/* The phase's name, as gc.c's function that ends it is called
   ("update_refs", ..., "delete_garbage"). */
const char *_PyGC_PhaseName(GCPhase phase);

/* The collector's state (gc.c). */
typedef struct {
    bool ready;
    GCGeneration generations[NUM_GENERATIONS];
    GCGeneration permanent; /* gc.freeze() */
    GCStats stats[NUM_GENERATIONS];
    bool enabled;
    bool collecting;
    Py_ssize_t long_lived_total;   /* survivors of the last full collection */
    Py_ssize_t long_lived_pending; /* survivors of gen 1 collections since */
    PyObject *garbage;             /* gc.garbage */
    PyObject *callbacks;           /* gc.callbacks */
    gc_observer observer;          /* NULL: nobody */
    void *observer_ctx;
} GCState;

GCState *_PyGC_State(void);
PyGC_Head *_PyGC_Generation(int n); /* n == NUM_GENERATIONS: permanent */

/* Tell fn of each phase of the collections from now on (NULL: stop). */
void _PyGC_SetObserver(gc_observer fn, void *ctx);
/* For an observer: the object after g on its list (g: the list's head
   or an object of it), and g's gc_refs, or -1 when its _gc_prev holds a
   link instead (between collections, or once move_unreachable has
   scanned it).  Not for an object on the unreachable list: its
   _gc_prev is a link there, whatever its flags say. */
PyGC_Head *_PyGC_Next(PyGC_Head *g);
Py_ssize_t _PyGC_Refs(PyGC_Head *g);

/* gc.freeze() (true) and gc.unfreeze() (false). */
void _PyGC_Freeze(bool freeze);
Py_ssize_t _PyGC_ListSize(PyGC_Head *list);

/* freelist.c: a list, dict or tuple of nitems items kept for reuse, or
   NULL; keep op for reuse (true) or not (false); a full collection
   empties them. */
PyObject *_PyFreeList_Pop(PyTypeObject *type, Py_ssize_t nitems);
bool _PyFreeList_Push(PyObject *op);
void _PyFreeList_ClearAll(void);
int _PyFreeList_Size(PyTypeObject *type, Py_ssize_t nitems);

/* gcmodule.c */
PyObject *_PyGC_CreateModule(void);

#endif
