/* Finalizers: an instance's __del__, run when its count reaches zero,
   and at exit while the module's names are still bound. */
#include "classobject.h"

#include "errors.h"
#include "interp.h"
#include "longobject.h"
#include "pymem.h"
#include "unicodeobject.h"

#include <stdio.h>
#include <string.h>

/* Call __del__ on self.  An error in it cannot propagate: it is printed
   and ignored, as CPython does, and the error being raised meanwhile,
   if any, is kept. */
static void
run_del(PyObject *self, PyObject *del)
{
    PendingError saved = interp.error;
    memset(&interp.error, 0, sizeof interp.error);
    PyObject *result = PyObject_Call(del, &self, 1, NULL);
    if (result == NULL) {
        PyObject *r = PyObject_Repr(del);
        fflush(stdout);
        fprintf(stderr, "Exception ignored in: %s\n",
                r ? PyUnicode_AsUTF8(r) : "__del__");
        Py_XDECREF(r);
        _PyErr_PrintUnraisable(stderr, interp.filename, interp.source);
    }
    Py_XDECREF(result);
    PyErr_Clear();
    interp.error = saved;
}

/* The __del__ to run on self, or NULL if its class has none or it has
   run already; from here on it counts as run. */
static PyObject *
claim_del(PyObject *self)
{
    PyInstanceObject *op = (PyInstanceObject *)self;
    if (op->finalized)
        return NULL;
    PyObject *del = _PyType_Lookup(Py_TYPE(self), interp.id_del);
    op->finalized = del != NULL;
    return del;
}

/* Run an instance's __del__ from its deallocator, its count at zero.
   The object comes back to life for the call (count 1); if the call
   leaves a reference to it somewhere, it stays alive, "resurrected", and
   this returns false.  __del__ runs once in an object's life (PEP 442):
   a resurrected object is freed without it the next time. */
bool
_PyInstance_FinalizeFromDealloc(PyObject *self)
{
    PyObject *del = claim_del(self);
    if (del == NULL)
        return true;
    Py_INCREF(self); /* from 0: back to life while __del__ runs */
    run_del(self, del);
    return _Py_DecrefIsLast(self);
}

/* Run op's __del__ now, if its class has one that has not run yet: at
   exit, and when the cycle collector (chapter 5) finds op unreachable.
   The caller holds a reference to op. */
void
_PyInstance_Finalize(PyObject *op)
{
    PyObject *del = claim_del(op);
    if (del != NULL)
        run_del(op, del);
}

/* The walk's stack of objects still to visit, each a new reference. */
typedef struct {
    PyObject **items;
    size_t len, cap;
    bool failed;
} Walk;

static int
push(PyObject *op, void *arg)
{
    Walk *w = arg;
    if (w->len == w->cap) {
        size_t cap = w->cap ? 2 * w->cap : 64;
        PyObject **grown = PyMem_RawRealloc(w->items, cap * sizeof *grown);
        if (grown == NULL) {
            w->failed = true;
            return 1;
        }
        w->items = grown;
        w->cap = cap;
    }
    w->items[w->len++] = Py_NewRef(op);
    return 0;
}

/* What op refers to, through its tp_traverse, pushed so that it comes
   off the stack in the order the traversal visits it. */
static void
push_referents(Walk *w, PyObject *op)
{
    traverseproc traverse = Py_TYPE(op)->tp_traverse;
    size_t start = w->len;
    if (traverse == NULL || traverse(op, push, w) != 0)
        return;
    for (size_t i = start, j = w->len; i + 1 < j; i++, j--) {
        PyObject *t = w->items[i];
        w->items[i] = w->items[j - 1];
        w->items[j - 1] = t;
    }
}

/* The objects walked so far: their addresses, in an open-addressing
   table that grows at half full.  (A dict keyed by ints made from the
   addresses cost 80 bytes an object; this costs 16 at most.) */
typedef struct {
    uintptr_t *slots; /* 0: empty */
    size_t cap, len;  /* cap: a power of two, or 0 */
} Seen;

static size_t
slot_of(const Seen *s, uintptr_t a)
{
    size_t i = (size_t)((a >> 4) * 0x9E3779B97F4A7C15u) & (s->cap - 1);
    while (s->slots[i] != 0 && s->slots[i] != a)
        i = (i + 1) & (s->cap - 1);
    return i;
}

/* 1 if op was not seen before (now it is), 0 if it was, -1 out of
   memory. */
static int
first_visit(Seen *s, PyObject *op)
{
    if (2 * (s->len + 1) > s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 1024;
        Seen grown = {PyMem_RawCalloc(cap, sizeof(uintptr_t)), cap, s->len};
        if (grown.slots == NULL)
            return -1;
        for (size_t i = 0; i < s->cap; i++)
            if (s->slots[i] != 0)
                grown.slots[slot_of(&grown, s->slots[i])] = s->slots[i];
        PyMem_RawFree(s->slots);
        *s = grown;
    }
    size_t i = slot_of(s, (uintptr_t)op);
    if (s->slots[i] != 0)
        return 0;
    s->slots[i] = (uintptr_t)op;
    s->len++;
    return 1;
}

/* Before any name goes, the __del__ of every instance the namespace
   leads to runs, in the order a walk from its names reaches them, while
   every global is still bound.  CPython 3.13 frees __main__'s namespace
   at exit as cyclic garbage (its functions refer to it):
   Python/pylifecycle.c, finalize_modules, collects before
   _PyModule_ClearDict clears what is still alive, and the collector
   finalizes all of a cycle's objects before it frees any. */
void
_PyInstance_FinalizeNamespace(PyObject *dict)
{
    PendingError saved = interp.error; /* the script's, still to report */
    memset(&interp.error, 0, sizeof interp.error);
    Seen seen = {NULL, 0, 0};
    Walk w = {0};
    push_referents(&w, dict);
    while (w.len > 0) {
        PyObject *op = w.items[--w.len];
        /* out of memory (-1): the rest finalize as they go */
        if (first_visit(&seen, op) == 1) {
            if (PyInstance_Check(op))
                _PyInstance_Finalize(op);
            push_referents(&w, op);
        }
        PyErr_Clear();
        Py_DECREF(op);
    }
    PyMem_RawFree(w.items);
    PyMem_RawFree(seen.slots);
    PyErr_Clear();
    interp.error = saved;
}
