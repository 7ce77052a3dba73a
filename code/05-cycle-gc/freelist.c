/* Freelists: a list, a dict or a small tuple that is freed is kept for
   the next one made, instead of going back to the allocator.  CPython
   keeps 80 lists, 80 dicts, and 2,000 tuples of each size from 1 to 20
   (Include/internal/pycore_freelist.h, v3.13.0), and a full collection
   empties them all (Python/gc.c, gc_collect_main).  They matter to the
   collector's counting: gen 0's count goes up only when a container is
   made from fresh memory (_PyObject_GC_Link) and down only when its
   memory goes back (PyObject_GC_Del), so a list taken from a freelist
   and returned to it is never counted.  An object on a freelist is
   untracked (_gc_next 0); its _gc_prev links it to the next one. */
#include "gc.h"

#include "dictobject.h"
#include "listobject.h"
#include "pymem.h"
#include "tupleobject.h"

#define LIST_MAXFREELIST  80
#define DICT_MAXFREELIST  80
#define TUPLE_MAXSAVESIZE 20
#define TUPLE_MAXFREELIST 2000

typedef struct {
    PyGC_Head *first;
    int numfree;
} FreeList;

static FreeList lists, dicts, tuples[TUPLE_MAXSAVESIZE];

/* The freelist for an object of type with nitems items, and how many it
   keeps; NULL for the others. */
static FreeList *
freelist_for(PyTypeObject *type, Py_ssize_t nitems, int *max)
{
    if (type == &PyList_Type) {
        *max = LIST_MAXFREELIST;
        return &lists;
    }
    if (type == &PyDict_Type) {
        *max = DICT_MAXFREELIST;
        return &dicts;
    }
    if (type == &PyTuple_Type && nitems >= 1 && nitems <= TUPLE_MAXSAVESIZE) {
        *max = TUPLE_MAXFREELIST;
        return &tuples[nitems - 1];
    }
    return NULL;
}

PyObject *
_PyFreeList_Pop(PyTypeObject *type, Py_ssize_t nitems)
{
    int max;
    FreeList *fl = freelist_for(type, nitems, &max);
    if (fl == NULL || fl->first == NULL)
        return NULL;
    PyGC_Head *g = fl->first;
    fl->first = (PyGC_Head *)g->_gc_prev;
    fl->numfree--;
    g->_gc_prev = 0;
    return _Py_FROM_GC(g);
}

bool
_PyFreeList_Push(PyObject *op)
{
    int max;
    Py_ssize_t nitems = PyTuple_Check(op) ? Py_SIZE(op) : 0;
    FreeList *fl = freelist_for(Py_TYPE(op), nitems, &max);
    if (fl == NULL || fl->numfree >= max)
        return false;
    PyGC_Head *g = _Py_AS_GC(op);
    g->_gc_next = 0;
    g->_gc_prev = (uintptr_t)fl->first;
    fl->first = g;
    fl->numfree++;
    return true;
}

static void
freelist_clear(FreeList *fl)
{
    while (fl->first != NULL) {
        PyGC_Head *g = fl->first;
        fl->first = (PyGC_Head *)g->_gc_prev;
        fl->numfree--;
        _PyObject_GC_Unlink(_Py_FROM_GC(g));
        PyObject_Free(g);
    }
}

void
_PyFreeList_ClearAll(void)
{
    freelist_clear(&lists);
    freelist_clear(&dicts);
    for (int i = 0; i < TUPLE_MAXSAVESIZE; i++)
        freelist_clear(&tuples[i]);
}

int
_PyFreeList_Size(PyTypeObject *type, Py_ssize_t nitems)
{
    int max;
    FreeList *fl = freelist_for(type, nitems, &max);
    return fl != NULL ? fl->numfree : 0;
}
