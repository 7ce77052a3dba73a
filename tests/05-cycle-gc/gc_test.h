#ifndef GC_TEST_H
#define GC_TEST_H

/* Helpers shared by chapter 5's suites: chapter 3's (an interpreter in
   this process, whole programs beside CPython), pointed at chapter 5's
   program, and a look at the collector's lists.  A suite defines
   _POSIX_C_SOURCE before any header, includes cmocka.h, then this file,
   and sets test_stack_base from main. */

#ifndef MINIPY_PROGRAM
#define MINIPY_PROGRAM "../../build/ch05/minipy"
#endif
#include "../03-reference-counting/refcount_test.h"

#include "abstract.h"
#include "classobject.h"
#include "gc.h"
#include "instanceobject.h"
#include "tupleobject.h"

/* ---- a set of pointers (open addressing; never shrinks) ---- */

typedef struct {
    const void **slots;
    size_t cap, len;
} PtrSet;

static inline size_t
ptrset_hash(const void *p, size_t cap)
{
    uintptr_t h = (uintptr_t)p;
    h ^= h >> 17;
    h *= (uintptr_t)0x9E3779B97F4A7C15u;
    return (size_t)(h >> 7) & (cap - 1);
}

static inline bool ptrset_add(PtrSet *s, const void *p);

static inline void
ptrset_grow(PtrSet *s)
{
    PtrSet bigger = {calloc(s->cap ? s->cap * 2 : 64, sizeof(void *)),
                     s->cap ? s->cap * 2 : 64, 0};
    assert_non_null(bigger.slots);
    for (size_t i = 0; i < s->cap; i++)
        if (s->slots[i] != NULL)
            ptrset_add(&bigger, s->slots[i]);
    free(s->slots);
    *s = bigger;
}

static inline bool
ptrset_has(const PtrSet *s, const void *p)
{
    if (s->cap == 0)
        return false;
    for (size_t i = ptrset_hash(p, s->cap);; i = (i + 1) & (s->cap - 1)) {
        if (s->slots[i] == p)
            return true;
        if (s->slots[i] == NULL)
            return false;
    }
}

/* True if p was not in the set. */
static inline bool
ptrset_add(PtrSet *s, const void *p)
{
    if (2 * (s->len + 1) > s->cap)
        ptrset_grow(s);
    for (size_t i = ptrset_hash(p, s->cap);; i = (i + 1) & (s->cap - 1)) {
        if (s->slots[i] == p)
            return false;
        if (s->slots[i] == NULL) {
            s->slots[i] = p;
            s->len++;
            return true;
        }
    }
}

static inline void
ptrset_free(PtrSet *s)
{
    free(s->slots);
    s->slots = NULL;
    s->cap = s->len = 0;
}

/* ---- the generation lists ---- */

#define GC_LISTS (NUM_GENERATIONS + 1) /* the three, and the permanent */

static inline GCGeneration *
generation(int i)
{
    return &_PyGC_State()->generations[i];
}

/* Every list well formed: each node's next's prev is the node, no flag
   bit left set outside a collection, every object a live container, and
   no object on two lists (or twice on one).  The objects on each list
   are counted into sizes (may be NULL); the total is returned. */
static inline size_t
check_gc_lists(size_t sizes[GC_LISTS])
{
    PtrSet seen = {0};
    size_t total = 0;
    for (int i = 0; i < GC_LISTS; i++) {
        PyGC_Head *head = _PyGC_Generation(i), *g = head;
        size_t n = 0;
        do {
            PyGC_Head *next = (PyGC_Head *)g->_gc_next;
            if (next == NULL)
                fail_msg("list %d: a node with no next link", i);
            if ((g->_gc_next & 3) != 0 || (g->_gc_prev & 3) != 0)
                fail_msg("list %d: a flag is still set on node %zu", i, n);
            if ((PyGC_Head *)next->_gc_prev != g)
                fail_msg("list %d: node %zu's next does not point back", i, n);
            g = next;
            if (g != head) {
                PyObject *op = _Py_FROM_GC(g);
                if (!_PyObject_IS_GC(op) || Py_REFCNT(op) <= 0)
                    fail_msg("list %d: node %zu is no live container", i, n);
                if (!ptrset_add(&seen, op))
                    fail_msg("list %d: an object is on a list twice", i);
                n++;
            }
        } while (g != head);
        if (sizes != NULL)
            sizes[i] = n;
        assert_int_equal((size_t)_PyGC_ListSize(head), n);
        total += n;
    }
    ptrset_free(&seen);
    return total;
}

/* The list op is on (0-2, 3 the permanent generation), -1 when op is
   not tracked.  Fails if a tracked op is on none. */
static inline int
generation_of(PyObject *op)
{
    if (!_PyObject_GC_IS_TRACKED(op))
        return -1;
    for (int i = 0; i < GC_LISTS; i++) {
        PyGC_Head *head = _PyGC_Generation(i);
        for (PyGC_Head *g = (PyGC_Head *)head->_gc_next; g != head;
             g = (PyGC_Head *)g->_gc_next)
            if (g == _Py_AS_GC(op))
                return i;
    }
    fail_msg("a tracked object is on no generation's list");
    return -2;
}

/* Is op on the list whose head is list? */
static inline bool
on_list(PyObject *op, PyGC_Head *list)
{
    for (PyGC_Head *g = (PyGC_Head *)(list->_gc_next & ~(uintptr_t)1);
         g != list; g = (PyGC_Head *)(g->_gc_next & ~(uintptr_t)1))
        if (g == _Py_AS_GC(op))
            return true;
    return false;
}

/* gc_refs of op, during a collection. */
static inline Py_ssize_t
gc_refs(PyObject *op)
{
    return (Py_ssize_t)(_Py_AS_GC(op)->_gc_prev >> _PyGC_PREV_SHIFT);
}

static inline int
gen_count(int i)
{
    return generation(i)->count;
}

/* ---- objects freed: the dealloc observer records each one ---- */

static PtrSet freed_objects;

static inline void
record_free(PyObject *op, void *ctx)
{
    (void)ctx;
    ptrset_add(&freed_objects, op);
}

static inline void
watch_frees(void)
{
    ptrset_free(&freed_objects);
    _PyObject_SetDeallocObserver(record_free, NULL);
}

static inline void
unwatch_frees(void)
{
    _PyObject_SetDeallocObserver(NULL, NULL);
    ptrset_free(&freed_objects);
}

/* ---- making objects from C ---- */

/* A fresh str, owned by the caller. */
static inline PyObject *
str(const char *s)
{
    PyObject *o = PyUnicode_FromString(s);
    assert_non_null(o);
    return o;
}

/* obj.name = value, from C. */
static inline void
set_attr(PyObject *obj, const char *name, PyObject *value)
{
    PyObject *key = str(name);
    assert_int_equal(PyObject_SetAttr(obj, key, value), 0);
    Py_DECREF(key);
}

/* obj.name, a new reference. */
static inline PyObject *
get_attr(PyObject *obj, const char *name)
{
    PyObject *key = str(name);
    PyObject *value = PyObject_GetAttr(obj, key);
    Py_DECREF(key);
    assert_non_null(value);
    return value;
}

/* An instance of the class the script named cls (new reference). */
static inline PyObject *
new_instance(const char *cls)
{
    PyObject *type = global(cls);
    assert_true(PyType_Check(type));
    PyObject *op = _PyInstance_New((PyTypeObject *)type);
    assert_non_null(op);
    return op;
}

static inline PyObject *
new_list(void)
{
    PyObject *op = PyList_New(0);
    assert_non_null(op);
    return op;
}

static inline PyObject *
new_dict(void)
{
    PyObject *op = PyDict_New();
    assert_non_null(op);
    return op;
}

static inline void
append(PyObject *list, PyObject *item)
{
    assert_int_equal(PyList_Append(list, item), 0);
}

/* d[key] = value with an int key. */
static inline void
dict_set(PyObject *d, int64_t key, PyObject *value)
{
    PyObject *k = PyLong_FromLong(key);
    assert_non_null(k);
    assert_int_equal(PyDict_SetItem(d, k, value), 0);
    Py_DECREF(k);
}

/* A full collection, from C, as gc.collect() runs it. */
static inline Py_ssize_t
collect(int gen)
{
    Py_ssize_t n = _PyGC_Collect(gen);
    assert_false(PyErr_Occurred());
    return n;
}

#endif
