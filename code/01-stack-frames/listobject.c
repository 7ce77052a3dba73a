/* list: a growable array of references. */
#include "listobject.h"

#include "abstract.h"
#include "dictobject.h"
#include "errors.h"
#include "iterobject.h"
#include "longobject.h"
#include "methodobject.h"
#include "pymem.h"
#include "sliceobject.h"
#include "tupleobject.h"
#include "unicodeobject.h"

#include <string.h>

PyObject *
PyList_New(Py_ssize_t size)
{
    PyListObject *op = PyObject_New(PyListObject, &PyList_Type);
    if (op == NULL)
        return NULL;
    op->ob_item = NULL;
    if (size > 0) {
        op->ob_item = PyObject_Malloc((size_t)size * sizeof(PyObject *));
        if (op->ob_item == NULL) {
            Py_SIZE(op) = 0;
            op->allocated = 0;
            Py_DECREF(op);
            PyErr_NoMemory();
            return NULL;
        }
        memset(op->ob_item, 0, (size_t)size * sizeof(PyObject *));
    }
    Py_SIZE(op) = size;
    op->allocated = size;
    return (PyObject *)op;
}

/* Make room for newsize items.  Growing over-allocates by about an
   eighth, so n appends cost O(n) copies in all; the sizes run 0, 4, 8,
   16, 24, 32, 40, 52, 64, 76, ... as in CPython 3.9+ (list_resize in
   Objects/listobject.c). */
static int
list_resize(PyListObject *op, Py_ssize_t newsize)
{
    if (op->allocated >= newsize && newsize >= (op->allocated >> 1)) {
        Py_SIZE(op) = newsize;
        return 0;
    }
    size_t allocated = ((size_t)newsize + (newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - Py_SIZE(op) > (Py_ssize_t)allocated - newsize)
        allocated = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0)
        allocated = 0;
    PyObject **items = NULL;
    if (allocated > 0) {
        items = PyObject_Realloc(op->ob_item, allocated * sizeof(PyObject *));
        if (items == NULL) {
            PyErr_NoMemory();
            return -1;
        }
    } else {
        PyObject_Free(op->ob_item);
    }
    op->ob_item = items;
    op->allocated = (Py_ssize_t)allocated;
    Py_SIZE(op) = newsize;
    return 0;
}

int
PyList_Append(PyObject *self, PyObject *item)
{
    PyListObject *op = (PyListObject *)self;
    Py_ssize_t n = Py_SIZE(op);
    if (list_resize(op, n + 1) < 0)
        return -1;
    op->ob_item[n] = Py_NewRef(item);
    return 0;
}

/* Room for exactly n items, rounded up to an even number, in a list
   that has no array yet, as CPython makes it (list_preallocate_exact,
   Objects/listobject.c, 3.13): list(range(10**12)) fails at once, and
   the list is as big as CPython's.  0, or -1 out of memory. */
static int
preallocate_exact(PyListObject *op, Py_ssize_t n)
{
    size_t size = ((size_t)n + 1) & ~(size_t)1;
    if (size == 0)
        return 0;
    if (size > (size_t)PTRDIFF_MAX / sizeof(PyObject *)) {
        PyErr_NoMemory();
        return -1;
    }
    PyObject **items = PyObject_Malloc(size * sizeof(PyObject *));
    if (items == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    op->ob_item = items;
    op->allocated = (Py_ssize_t)size;
    return 0;
}

/* len(iterable), or -2 when it has no length (a TypeError from its
   __len__ counts as none, as in CPython); -1 with another error. */
static Py_ssize_t
length_of(PyObject *iterable)
{
    if (Py_TYPE(iterable)->tp_len == NULL)
        return -2;
    Py_ssize_t n = Py_TYPE(iterable)->tp_len(iterable);
    if (n >= 0 || !PyErr_ExceptionMatches(EXC_TYPE))
        return n;
    PyErr_Clear();
    return -2;
}

/* How many items iterable says it will give, as CPython's
   PyObject_LengthHint(iterable, 8) (Objects/abstract.c, 3.13): its
   len(), what an iterator says is left (tp_length_hint, CPython's
   __length_hint__), else 8.  -1 with an error set. */
static Py_ssize_t
length_hint(PyObject *iterable)
{
    Py_ssize_t n = length_of(iterable);
    if (n != -2)
        return n;
    if (Py_TYPE(iterable)->tp_length_hint != NULL)
        return Py_TYPE(iterable)->tp_length_hint(iterable);
    return 8;
}

/* Room for n more items before they are appended, as CPython 3.13's
   list.extend makes it: exactly n (rounded up to even) in a list with
   no array yet (exact), else list_resize's growth to the size they
   make. */
static int
reserve(PyListObject *op, Py_ssize_t n, bool exact)
{
    Py_ssize_t m = Py_SIZE(op);
    if (n <= 0)
        return 0;
    if (op->ob_item == NULL && exact)
        return preallocate_exact(op, n);
    if (n > PTRDIFF_MAX / (Py_ssize_t)sizeof(PyObject *) - m)
        return 0; /* CPython ignores a hint that large */
    if (list_resize(op, m + n) < 0)
        return -1;
    Py_SIZE(op) = m;
    return 0;
}

PyObject *
_PyList_FromIterable(PyObject *iterable)
{
    PyListObject *op = (PyListObject *)PyList_New(0);
    if (op == NULL)
        return NULL;
    /* list() is list.extend on an empty list: its length asked once */
    if (_PyList_Extend((PyObject *)op, iterable) < 0)
        Py_CLEAR(op);
    return (PyObject *)op;
}

/* Items are released last to first, then the array, then the list. */
static void
list_dealloc(PyObject *self)
{
    PyListObject *op = (PyListObject *)self;
    for (Py_ssize_t i = Py_SIZE(op) - 1; i >= 0; i--)
        Py_XDECREF(op->ob_item[i]);
    PyObject_Free(op->ob_item);
    PyObject_Del(self);
}

/* Each item, in index order, the order the figures draw the cells.
   CPython's list_traverse (Objects/listobject.c, 3.13) walks them from
   the last; the collector does not mind the order. */
static int
list_traverse(PyObject *self, visitproc visit, void *arg)
{
    PyListObject *op = (PyListObject *)self;
    for (Py_ssize_t i = 0; i < Py_SIZE(op); i++)
        Py_VISIT(op->ob_item[i]);
    return 0;
}

/* The repr of a run of items between two brackets: lists and tuples. */
PyObject *
_PySeq_Repr(PyObject *const *items, Py_ssize_t n, const char *open,
            const char *close)
{
    _PyUnicodeWriter w = {0};
    _PyUnicodeWriter_WriteASCII(&w, open);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = PyObject_Repr(items[i]);
        if (item == NULL) {
            _PyUnicodeWriter_Dealloc(&w);
            return NULL;
        }
        if (i > 0)
            _PyUnicodeWriter_WriteASCII(&w, ", ");
        _PyUnicodeWriter_WriteStr(&w, item);
        Py_DECREF(item);
    }
    _PyUnicodeWriter_WriteASCII(&w, close);
    return _PyUnicodeWriter_Finish(&w);
}

static PyObject *
list_repr(PyObject *self)
{
    int entered = Py_ReprEnter(self);
    if (entered != 0)
        return entered > 0 ? PyUnicode_FromString("[...]") : NULL;
    PyObject *result =
        _PySeq_Repr(((PyListObject *)self)->ob_item, Py_SIZE(self), "[", "]");
    Py_ReprLeave(self);
    return result;
}

/* Lists and tuples: their items, read afresh each time (an item's __eq__
   may change the list being compared). */
static Py_ssize_t
seq_size(PyObject *op)
{
    return Py_SIZE(op);
}

static PyObject *
seq_item(PyObject *op, Py_ssize_t i)
{
    return PyList_Check(op) ? PyList_GET_ITEM(op, i) : PyTuple_GET_ITEM(op, i);
}

static bool
same_sequence_type(PyObject *v, PyObject *w)
{
    return Py_TYPE(v) == Py_TYPE(w) && (PyList_Check(v) || PyTuple_Check(v));
}

/* Where two lists (or two tuples) first differ: 0 if nowhere; 1 with
   *x and *y (new references) the first items that differ, descending
   into items that are themselves lists or tuples; 1 with *x NULL if one
   is a prefix of the other (then *nx, *ny are their lengths); -1 on an
   error.  Descending once, rather than asking == at each level and then
   < one level down, keeps nested < linear (CPython's is quadratic). */
static int
first_difference(PyObject *v, PyObject *w, PyObject **x, PyObject **y,
                 Py_ssize_t *nx, Py_ssize_t *ny)
{
    for (Py_ssize_t i = 0; i < seq_size(v) && i < seq_size(w); i++) {
        PyObject *a = Py_NewRef(seq_item(v, i)), *b = Py_NewRef(seq_item(w, i));
        int found = 0;
        if (a == b) {
            found = 0;
        } else if (same_sequence_type(a, b)) {
            found = -1;
            if (Py_EnterRecursiveCall(" in comparison") == 0) {
                found = first_difference(a, b, x, y, nx, ny);
                Py_LeaveRecursiveCall();
            }
        } else {
            found = PyObject_RichCompareBool(a, b, Py_EQ);
            found = found < 0 ? -1 : !found;
            if (found == 1) {
                *x = Py_NewRef(a);
                *y = Py_NewRef(b);
            }
        }
        Py_DECREF(a);
        Py_DECREF(b);
        if (found != 0)
            return found;
    }
    if (seq_size(v) == seq_size(w))
        return 0;
    *x = *y = NULL;
    *nx = seq_size(v);
    *ny = seq_size(w);
    return 1;
}

static PyObject *
compare_lengths(Py_ssize_t na, Py_ssize_t nb, int op)
{
    bool result = false;
    switch (op) {
    case Py_LT:
        result = na < nb;
        break;
    case Py_LE:
        result = na <= nb;
        break;
    case Py_EQ:
        result = na == nb;
        break;
    case Py_NE:
        result = na != nb;
        break;
    case Py_GT:
        result = na > nb;
        break;
    case Py_GE:
        result = na >= nb;
        break;
    }
    return PyBool_FromLong(result);
}

/* Lists and tuples compare item by item, then by length: two lists, or
   two tuples. */
PyObject *
_PySeq_RichCompare(PyObject *v, PyObject *w, int op)
{
    if (op == Py_EQ || op == Py_NE) {
        for (Py_ssize_t i = 0; i < seq_size(v) && i < seq_size(w); i++) {
            PyObject *a = Py_NewRef(seq_item(v, i));
            PyObject *b = Py_NewRef(seq_item(w, i));
            int same = PyObject_RichCompareBool(a, b, Py_EQ);
            Py_DECREF(a);
            Py_DECREF(b);
            if (same < 0)
                return NULL;
            if (!same)
                return PyBool_FromLong(op == Py_NE);
        }
        return compare_lengths(seq_size(v), seq_size(w), op);
    }
    PyObject *x, *y;
    Py_ssize_t nx = 0, ny = 0;
    int found = first_difference(v, w, &x, &y, &nx, &ny);
    if (found < 0)
        return NULL;
    if (found == 0)
        return compare_lengths(0, 0, op);
    if (x == NULL)
        return compare_lengths(nx, ny, op);
    PyObject *result = PyObject_RichCompare(x, y, op);
    Py_DECREF(x);
    Py_DECREF(y);
    return result;
}

static PyObject *
list_richcompare(PyObject *v, PyObject *w, int op)
{
    if (!PyList_Check(v) || !PyList_Check(w))
        return Py_NotImplemented;
    return _PySeq_RichCompare(v, w, op);
}

static Py_ssize_t
list_len(PyObject *op)
{
    return Py_SIZE(op);
}

static PyObject *
list_slice(PyListObject *op, PyObject *slice)
{
    Py_ssize_t start, stop, step, count;
    if (_PySlice_Unpack(slice, Py_SIZE(op), &start, &stop, &step, &count) < 0)
        return NULL;
    PyObject *result = PyList_New(count);
    if (result == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < count; i++)
        PyList_SET_ITEM(result, i, Py_NewRef(op->ob_item[start + i * step]));
    return result;
}

static PyObject *
list_getitem(PyObject *self, PyObject *key)
{
    PyListObject *op = (PyListObject *)self;
    if (_PySlice_Check(key))
        return list_slice(op, key);
    Py_ssize_t i = _PyIndex_Normalize(key, Py_SIZE(op), "list");
    if (i < 0)
        return NULL;
    return Py_NewRef(op->ob_item[i]);
}

static int
list_delitem(PyListObject *op, Py_ssize_t i)
{
    PyObject *gone = op->ob_item[i];
    memmove(&op->ob_item[i], &op->ob_item[i + 1],
            (size_t)(Py_SIZE(op) - i - 1) * sizeof(PyObject *));
    if (list_resize(op, Py_SIZE(op) - 1) < 0) {
        Py_SIZE(op)--; /* shrinking in place cannot fail for real */
        PyErr_Clear();
    }
    Py_DECREF(gone);
    return 0;
}

static PyObject *list_clear(PyObject *self, PyObject *const *args,
                            Py_ssize_t nargs, PyObject *kwnames);

/* The items of value as a new list, for a slice assignment; CPython's
   PySequence_Fast with its message when value cannot be iterated. */
static PyObject *
items_to_assign(PyObject *value, const char *message)
{
    PyObject *iter = PyObject_GetIter(value);
    if (iter == NULL) {
        if (PyErr_ExceptionMatches(EXC_TYPE))
            PyErr_Format(EXC_TYPE, "%s", message);
        return NULL;
    }
    Py_DECREF(iter);
    PyObject *items = PyList_New(0);
    if (items != NULL && _PyList_Extend(items, value) < 0)
        Py_CLEAR(items);
    return items;
}

/* a[lo:hi] = value (NULL: del a[lo:hi]), as CPython's list_ass_slice:
   the items after the slice move once, the array grows or shrinks as
   list_resize says, and a list left empty lets its array go.  The
   items replaced are released last, when the list is whole again. */
static int
assign_simple_slice(PyListObject *op, Py_ssize_t lo, Py_ssize_t hi,
                    PyObject *value)
{
    PyObject *items = NULL;
    /* 3.13 says "extended" of every slice (3.11 and 3.12: "can only
       assign an iterable") */
    if (value != NULL &&
        (items = items_to_assign(value, "must assign iterable to extended "
                                        "slice")) == NULL)
        return -1;
    Py_ssize_t n = items ? Py_SIZE(items) : 0, size = Py_SIZE(op);
    if (hi < lo)
        hi = lo;
    Py_ssize_t norig = hi - lo, d = n - norig;
    if (size + d == 0) {
        Py_XDECREF(items);
        PyObject *none = list_clear((PyObject *)op, NULL, 0, NULL);
        Py_XDECREF(none);
        return 0;
    }
    PyObject **gone = NULL;
    if (norig > 0 &&
        (gone = PyObject_Malloc((size_t)norig * sizeof *gone)) == NULL) {
        Py_XDECREF(items);
        PyErr_NoMemory();
        return -1;
    }
    if (norig > 0)
        memcpy(gone, &op->ob_item[lo], (size_t)norig * sizeof *gone);
    if (d < 0) {
        memmove(&op->ob_item[hi + d], &op->ob_item[hi],
                (size_t)(size - hi) * sizeof(PyObject *));
        if (list_resize(op, size + d) < 0) {
            Py_SIZE(op) = size + d; /* shrinking in place cannot fail */
            PyErr_Clear();
        }
    } else if (d > 0) {
        if (list_resize(op, size + d) < 0) {
            PyObject_Free(gone);
            Py_XDECREF(items);
            return -1;
        }
        memmove(&op->ob_item[hi + d], &op->ob_item[hi],
                (size_t)(size - hi) * sizeof(PyObject *));
    }
    for (Py_ssize_t k = 0; k < n; k++)
        op->ob_item[lo + k] = Py_NewRef(PyList_GET_ITEM(items, k));
    for (Py_ssize_t k = norig - 1; k >= 0; k--)
        Py_DECREF(gone[k]);
    PyObject_Free(gone);
    Py_XDECREF(items);
    return 0;
}

/* a[i:j:k] = value and del a[i:j:k], a step other than 1: an assignment
   must bring exactly as many items as the slice has. */
static int
assign_extended_slice(PyListObject *op, Py_ssize_t start, Py_ssize_t step,
                      Py_ssize_t count, PyObject *value)
{
    if (value == NULL) {
        if (count <= 0)
            return 0;
        PyObject **gone = PyObject_Malloc((size_t)count * sizeof *gone);
        if (gone == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        if (step < 0) { /* the same items, walked forwards */
            start = start + step * (count - 1);
            step = -step;
        }
        Py_ssize_t size = Py_SIZE(op), kept = 0, k = 0;
        for (Py_ssize_t i = 0; i < size; i++) {
            if (k < count && i == start + k * step)
                gone[k++] = op->ob_item[i];
            else
                op->ob_item[kept++] = op->ob_item[i];
        }
        if (list_resize(op, size - count) < 0) {
            Py_SIZE(op) = size - count;
            PyErr_Clear();
        }
        for (k = 0; k < count; k++)
            Py_DECREF(gone[k]);
        PyObject_Free(gone);
        return 0;
    }
    PyObject *items =
        items_to_assign(value, "must assign iterable to extended slice");
    if (items == NULL)
        return -1;
    if (Py_SIZE(items) != count) {
        PyErr_Format(EXC_VALUE,
                     "attempt to assign sequence of size %zd to extended "
                     "slice of size %zd",
                     Py_SIZE(items), count);
        Py_DECREF(items);
        return -1;
    }
    for (Py_ssize_t k = 0; k < count; k++) {
        PyObject **slot = &op->ob_item[start + k * step];
        PyObject *old = *slot;
        *slot = Py_NewRef(PyList_GET_ITEM(items, k));
        Py_DECREF(old);
    }
    Py_DECREF(items);
    return 0;
}

static int
list_assign_slice(PyListObject *op, PyObject *slice, PyObject *value)
{
    Py_ssize_t start, stop, step, count;
    if (_PySlice_Unpack(slice, Py_SIZE(op), &start, &stop, &step, &count) < 0)
        return -1;
    if (step == 1)
        return assign_simple_slice(op, start, stop, value);
    return assign_extended_slice(op, start, step, count, value);
}

static int
list_setitem(PyObject *self, PyObject *key, PyObject *value)
{
    PyListObject *op = (PyListObject *)self;
    if (_PySlice_Check(key))
        return list_assign_slice(op, key, value);
    Py_ssize_t i = _PyIndex_Normalize(key, Py_SIZE(op), "list assignment");
    if (i < 0)
        return -1;
    if (value == NULL)
        return list_delitem(op, i);
    Py_SETREF(op->ob_item[i], Py_NewRef(value));
    return 0;
}

static int
list_contains(PyObject *self, PyObject *item)
{
    for (Py_ssize_t i = 0; i < Py_SIZE(self); i++) {
        int same =
            PyObject_RichCompareBool(PyList_GET_ITEM(self, i), item, Py_EQ);
        if (same != 0)
            return same;
    }
    return 0;
}

static PyObject *
list_concat(PyObject *v, PyObject *w)
{
    if (!PyList_Check(v))
        return Py_NotImplemented;
    if (!PyList_Check(w)) {
        PyErr_Format(EXC_TYPE, "can only concatenate list (not \"%s\") to list",
                     Py_TYPE(w)->tp_name);
        return NULL;
    }
    Py_ssize_t nv = Py_SIZE(v), nw = Py_SIZE(w);
    PyObject *result = PyList_New(nv + nw);
    if (result == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < nv; i++)
        PyList_SET_ITEM(result, i, Py_NewRef(PyList_GET_ITEM(v, i)));
    for (Py_ssize_t i = 0; i < nw; i++)
        PyList_SET_ITEM(result, nv + i, Py_NewRef(PyList_GET_ITEM(w, i)));
    return result;
}

/* [0] * 10: ten references to the one object 0, not ten zeros. */
static PyObject *
list_repeat(PyObject *v, PyObject *w)
{
    PyObject *list = PyList_Check(v) ? v : w, *count = list == v ? w : v;
    if (!PyLong_Check(count))
        return Py_NotImplemented;
    int64_t times = PyLong_AsLong(count);
    Py_ssize_t n = Py_SIZE(list);
    if (times <= 0 || n == 0)
        return PyList_New(0);
    if (times > (PTRDIFF_MAX / (Py_ssize_t)sizeof(PyObject *)) / n) {
        PyErr_NoMemory();
        return NULL;
    }
    PyObject *result = PyList_New(n * (Py_ssize_t)times);
    if (result == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n * (Py_ssize_t)times; i++)
        PyList_SET_ITEM(result, i, Py_NewRef(PyList_GET_ITEM(list, i % n)));
    return result;
}

/* A list's or a tuple's items go straight in, read where they are (a
   list may be extending itself: it gives the items it had); anything
   else is iterated, room made first for what it says it holds and any
   left over given back after, as CPython 3.13's list_extend does. */
int
_PyList_Extend(PyObject *list, PyObject *iterable)
{
    PyListObject *op = (PyListObject *)list;
    if (PyList_Check(iterable) || PyTuple_Check(iterable)) {
        Py_ssize_t n = Py_SIZE(iterable);
        if (reserve(op, n, true) < 0)
            return -1;
        /* the room is there: no resize, so the items stay where
           they are even when the list extends itself */
        PyObject **items = PyList_Check(iterable)
                               ? ((PyListObject *)iterable)->ob_item
                               : ((PyTupleObject *)iterable)->ob_item;
        for (Py_ssize_t i = 0; i < n; i++)
            op->ob_item[Py_SIZE(op)++] = Py_NewRef(items[i]);
        return 0;
    }
    PyObject *iter = PyObject_GetIter(iterable), *item;
    if (iter == NULL)
        return -1;
    /* a dict and its views grow the list as appends would, empty or
       not (3.13's list_extend_dict: list(d) is no exact fit) */
    bool dict_like = PyDict_Check(iterable) ||
                     Py_IS_TYPE(iterable, &PyDictKeys_Type) ||
                     Py_IS_TYPE(iterable, &PyDictValues_Type) ||
                     Py_IS_TYPE(iterable, &PyDictItems_Type);
    Py_ssize_t hint = length_hint(iterable);
    int status = hint < 0 || reserve(op, hint, !dict_like) < 0 ? -1 : 0;
    while (status == 0 && (item = PyIter_Next(iter)) != NULL) {
        if (Py_SIZE(op) < op->allocated) { /* room made before */
            op->ob_item[Py_SIZE(op)++] = item;
            continue;
        }
        status = PyList_Append(list, item);
        Py_DECREF(item);
    }
    Py_DECREF(iter);
    if (status == 0 && PyErr_Occurred())
        status = -1;
    if (Py_SIZE(op) < op->allocated && list_resize(op, Py_SIZE(op)) < 0)
        status = -1;
    return status;
}

/* a += iterable extends a itself: other names for a see the change. */
static PyObject *
list_inplace_concat(PyObject *self, PyObject *other)
{
    return _PyList_Extend(self, other) < 0 ? NULL : Py_NewRef(self);
}

static PyObject *list_clear(PyObject *self, PyObject *const *args,
                            Py_ssize_t nargs, PyObject *kwnames);

static PyObject *
list_inplace_repeat(PyObject *self, PyObject *count)
{
    if (!PyLong_Check(count))
        return Py_NotImplemented;
    PyListObject *op = (PyListObject *)self;
    int64_t times = PyLong_AsLong(count);
    Py_ssize_t n = Py_SIZE(op);
    if (n == 0 || times == 1)
        return Py_NewRef(self);
    if (times < 1) {
        PyObject *cleared = list_clear(self, NULL, 0, NULL);
        Py_XDECREF(cleared);
        return cleared != NULL ? Py_NewRef(self) : NULL;
    }
    if (times > (PTRDIFF_MAX / (Py_ssize_t)sizeof(PyObject *)) / n) {
        PyErr_NoMemory();
        return NULL;
    }
    /* one list_resize to the new size, as CPython's list_inplace_repeat */
    if (list_resize(op, n * (Py_ssize_t)times) < 0)
        return NULL;
    for (Py_ssize_t i = n; i < Py_SIZE(op); i++)
        op->ob_item[i] = Py_NewRef(op->ob_item[i % n]);
    return Py_NewRef(self);
}

static PyObject *
list_append(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)nargs, (void)kwnames;
    if (PyList_Append(self, args[0]) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
list_extend(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)nargs, (void)kwnames;
    PyObject *result = list_inplace_concat(self, args[0]);
    if (result == NULL)
        return NULL;
    Py_DECREF(result);
    Py_RETURN_NONE;
}

static PyObject *
list_insert(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)nargs, (void)kwnames;
    PyListObject *op = (PyListObject *)self;
    if (!PyLong_Check(args[0])) {
        PyErr_Format(EXC_TYPE,
                     "'%s' object cannot be interpreted as an "
                     "integer",
                     Py_TYPE(args[0])->tp_name);
        return NULL;
    }
    Py_ssize_t n = Py_SIZE(op);
    int64_t where = PyLong_AsLong(args[0]);
    if (where < 0)
        where = where + n < 0 ? 0 : where + n;
    if (where > n)
        where = n;
    if (list_resize(op, n + 1) < 0)
        return NULL;
    memmove(&op->ob_item[where + 1], &op->ob_item[where],
            (size_t)(n - where) * sizeof(PyObject *));
    op->ob_item[where] = Py_NewRef(args[1]);
    Py_RETURN_NONE;
}

/* list.pop([i]): the item comes out with the list's reference. */
static PyObject *
list_pop(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
         PyObject *kwnames)
{
    (void)kwnames;
    PyListObject *op = (PyListObject *)self;
    if (Py_SIZE(op) == 0) {
        PyErr_Format(EXC_INDEX, "pop from empty list");
        return NULL;
    }
    Py_ssize_t i = Py_SIZE(op) - 1;
    if (nargs == 1 && !PyLong_Check(args[0])) {
        PyErr_Format(EXC_TYPE,
                     "'%s' object cannot be interpreted as an "
                     "integer",
                     Py_TYPE(args[0])->tp_name);
        return NULL;
    }
    if (nargs == 1 && (i = _PyIndex_Normalize(args[0], Py_SIZE(op), "pop")) < 0)
        return NULL;
    /* the array may shrink, and that may fail: MemoryError, the list as
       it was (list_pop_impl, Objects/listobject.c) */
    PyObject *item = op->ob_item[i];
    Py_ssize_t n = Py_SIZE(op);
    memmove(&op->ob_item[i], &op->ob_item[i + 1],
            (size_t)(n - i - 1) * sizeof(PyObject *));
    if (list_resize(op, n - 1) < 0) {
        memmove(&op->ob_item[i + 1], &op->ob_item[i],
                (size_t)(n - i - 1) * sizeof(PyObject *));
        op->ob_item[i] = item;
        return NULL;
    }
    return item;
}

/* ---- sorting ----

   A stable merge sort shaped like CPython's timsort (Objects/listobject.c,
   listsort.txt): the list is cut into runs, each the longest ascending
   (or strictly descending, then reversed) stretch at its start, made up
   to minrun items by binary insertion; then the runs are merged.  Below
   64 items that is one run, compared in the order timsort compares;
   longer lists merge in a simpler order than timsort's galloping one,
   to the same result.  Keys are sorted, values (the items, when there
   is a key function) move with them. */

typedef struct {
    PyObject **keys;
    PyObject **values; /* NULL: the keys are the items */
} SortSlice;

static void
slice_reverse(PyObject **items, Py_ssize_t n)
{
    for (Py_ssize_t i = 0, j = n - 1; items != NULL && i < j; i++, j--) {
        PyObject *t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
}

/* Insert keys[start..n) one by one into the sorted keys[0..start). */
static int
binary_insertion(SortSlice s, Py_ssize_t n, Py_ssize_t start)
{
    for (Py_ssize_t i = start; i < n; i++) {
        PyObject *pivot = s.keys[i], *value = s.values ? s.values[i] : NULL;
        Py_ssize_t lo = 0, hi = i;
        while (lo < hi) {
            Py_ssize_t mid = lo + ((hi - lo) >> 1);
            int less = PyObject_RichCompareBool(pivot, s.keys[mid], Py_LT);
            if (less < 0)
                return -1;
            if (less)
                hi = mid;
            else
                lo = mid + 1;
        }
        size_t moved = (size_t)(i - lo) * sizeof(PyObject *);
        memmove(s.keys + lo + 1, s.keys + lo, moved);
        s.keys[lo] = pivot;
        if (s.values != NULL) {
            memmove(s.values + lo + 1, s.values + lo, moved);
            s.values[lo] = value;
        }
    }
    return 0;
}

/* The length of the run at the start of the n > 1 keys, or -1. */
static Py_ssize_t
count_run(SortSlice s, Py_ssize_t n)
{
    int less = PyObject_RichCompareBool(s.keys[1], s.keys[0], Py_LT);
    bool descending = less > 0;
    Py_ssize_t k = 2;
    for (; less >= 0 && k < n; k++) {
        less = PyObject_RichCompareBool(s.keys[k], s.keys[k - 1], Py_LT);
        if (less >= 0 && (less > 0) != descending)
            break;
    }
    if (less < 0)
        return -1;
    if (descending) {
        slice_reverse(s.keys, k);
        slice_reverse(s.values, k);
    }
    return k;
}

/* Merge the sorted runs [0, na) and [na, na + nb) through tmp (room for
   na keys and values).  Stable: of equal keys, the first run's go
   first.  On an error every item is still in the slice, once. */
static int
merge_runs(SortSlice s, Py_ssize_t na, Py_ssize_t nb, SortSlice tmp)
{
    size_t bytes = (size_t)na * sizeof(PyObject *);
    memcpy(tmp.keys, s.keys, bytes);
    if (s.values != NULL)
        memcpy(tmp.values, s.values, bytes);
    Py_ssize_t i = 0, j = na, k = 0;
    int status = 0;
    while (i < na && j < na + nb) {
        int less = PyObject_RichCompareBool(s.keys[j], tmp.keys[i], Py_LT);
        if (less < 0) {
            status = -1;
            break;
        }
        SortSlice from = less ? s : tmp;
        Py_ssize_t at = less ? j++ : i++;
        s.keys[k] = from.keys[at];
        if (s.values != NULL)
            s.values[k] = from.values[at];
        k++;
    }
    bytes = (size_t)(na - i) * sizeof(PyObject *);
    memcpy(s.keys + k, tmp.keys + i, bytes);
    if (s.values != NULL)
        memcpy(s.values + k, tmp.values + i, bytes);
    return status;
}

/* Runs shorter than this are made up to it: n itself below 64, else
   between 32 and 64, so that n / minrun is near a power of two. */
static Py_ssize_t
compute_minrun(Py_ssize_t n)
{
    Py_ssize_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* Find the runs; their starts go in starts[], with n after the last. */
static Py_ssize_t
find_runs(SortSlice s, Py_ssize_t n, Py_ssize_t *starts)
{
    Py_ssize_t minrun = compute_minrun(n), nruns = 0;
    for (Py_ssize_t lo = 0; lo < n;) {
        SortSlice at = {s.keys + lo, s.values ? s.values + lo : NULL};
        Py_ssize_t len = n - lo > 1 ? count_run(at, n - lo) : 1;
        if (len < 0)
            return -1;
        if (len < minrun) {
            Py_ssize_t force = n - lo < minrun ? n - lo : minrun;
            if (binary_insertion(at, force, len) < 0)
                return -1;
            len = force;
        }
        starts[nruns++] = lo;
        lo += len;
    }
    starts[nruns] = n;
    return nruns;
}

/* Merge neighbouring runs, pairwise, until one is left. */
static int
merge_all(SortSlice s, Py_ssize_t *starts, Py_ssize_t nruns, SortSlice tmp)
{
    while (nruns > 1) {
        Py_ssize_t kept = 0;
        for (Py_ssize_t r = 0; r < nruns; r += 2) {
            Py_ssize_t lo = starts[r], mid = starts[r + 1];
            if (r + 1 < nruns) {
                SortSlice at = {s.keys + lo, s.values ? s.values + lo : NULL};
                if (merge_runs(at, mid - lo, starts[r + 2] - mid, tmp) < 0)
                    return -1;
            }
            starts[kept++] = lo;
        }
        starts[kept] = starts[nruns];
        nruns = kept;
    }
    return 0;
}

static int
sort_slice(SortSlice s, Py_ssize_t n)
{
    if (n < 2)
        return 0;
    size_t count = (size_t)n + 2;
    Py_ssize_t *starts = PyMem_RawMalloc(count * sizeof *starts);
    PyObject **room = PyMem_RawMalloc(2 * (size_t)n * sizeof *room);
    int status = -1;
    if (starts == NULL || room == NULL) {
        PyErr_NoMemory();
    } else {
        SortSlice tmp = {room, room + n};
        Py_ssize_t nruns = find_runs(s, n, starts);
        status = nruns < 0 ? -1 : merge_all(s, starts, nruns, tmp);
    }
    PyMem_RawFree(starts);
    PyMem_RawFree(room);
    return status;
}

/* The key of each item, or NULL (nothing made) with the error set. */
static PyObject **
compute_keys(PyObject **items, Py_ssize_t n, PyObject *keyfunc)
{
    PyObject **keys = PyMem_RawMalloc(((size_t)n + 1) * sizeof *keys);
    if (keys == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        keys[i] = PyObject_Call(keyfunc, &items[i], 1, NULL);
        if (keys[i] == NULL) {
            while (i-- > 0)
                Py_DECREF(keys[i]);
            PyMem_RawFree(keys);
            return NULL;
        }
    }
    return keys;
}

/* list.sort(): while it runs the list looks empty, so that a key
   function or a comparison that changes the list cannot pull the items
   from under the sort; one that did is a ValueError.  reverse=True
   reverses the items before and after sorting, which keeps equal items
   in their order, as CPython does. */
int
_PyList_Sort(PyObject *self, PyObject *keyfunc, bool reverse)
{
    PyListObject *op = (PyListObject *)self;
    if (Py_SIZE(op) == 0)
        return 0; /* nothing to compare, nor to call keyfunc on */
    PyObject **items = op->ob_item;
    Py_ssize_t n = Py_SIZE(op), allocated = op->allocated;
    op->ob_item = NULL;
    Py_SIZE(op) = 0;
    op->allocated = -1; /* any change to the list sets it */
    PyObject **keys = keyfunc ? compute_keys(items, n, keyfunc) : items;
    int status = keys == NULL ? -1 : 0;
    if (status == 0) {
        if (reverse) {
            slice_reverse(keys != items ? keys : NULL, n);
            slice_reverse(items, n);
        }
        SortSlice s = {keys, keys != items ? items : NULL};
        status = sort_slice(s, n);
        if (status == 0 && op->allocated != -1) {
            PyErr_Format(EXC_VALUE, "list modified during sort");
            status = -1;
        }
        if (reverse)
            slice_reverse(items, n);
    }
    for (Py_ssize_t i = 0; keys != NULL && keys != items && i < n; i++)
        Py_DECREF(keys[i]);
    if (keys != items)
        PyMem_RawFree(keys);
    PyObject **changed = op->ob_item;
    Py_ssize_t nchanged = Py_SIZE(op);
    op->ob_item = items;
    Py_SIZE(op) = n;
    op->allocated = allocated;
    while (nchanged-- > 0)
        Py_XDECREF(changed[nchanged]);
    PyObject_Free(changed);
    return status;
}

/* list.sort(*, key=None, reverse=False) */
static PyObject *
list_sort(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
          PyObject *kwnames)
{
    static const char *const names[] = {"key", "reverse", NULL};
    PyObject *kw[2] = {Py_None, Py_False};
    if (nargs > 0) {
        PyErr_Format(EXC_TYPE, "sort() takes no positional arguments");
        return NULL;
    }
    if (_PyArg_Keywords("sort", kwnames, args, names, kw) < 0)
        return NULL;
    int reverse = PyObject_IsTrue(kw[1]);
    if (reverse < 0 ||
        _PyList_Sort(self, kw[0] == Py_None ? NULL : kw[0], reverse) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* ---- reversed(list) ---- */

typedef struct {
    PyObject_HEAD;
    Py_ssize_t index; /* the next to give; -1 when done */
    PyObject *seq;
} ListRevIterObject;

static PyObject *
list_reversed(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
              PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    ListRevIterObject *it =
        PyObject_New(ListRevIterObject, &PyListRevIter_Type);
    if (it == NULL)
        return NULL;
    it->index = Py_SIZE(self) - 1;
    it->seq = Py_NewRef(self);
    return (PyObject *)it;
}

/* What is left to give (listreviter_len, Objects/listobject.c). */
static Py_ssize_t
listreviter_left(PyObject *self)
{
    ListRevIterObject *it = (ListRevIterObject *)self;
    return it->seq != NULL && it->index >= 0 && it->index < Py_SIZE(it->seq)
               ? it->index + 1
               : 0;
}

static void
listreviter_dealloc(PyObject *self)
{
    Py_XDECREF(((ListRevIterObject *)self)->seq);
    PyObject_Del(self);
}

static int
listreviter_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((ListRevIterObject *)self)->seq);
    return 0;
}

/* The list may shrink meanwhile: an index past its end ends the walk,
   and lets go of the list.  Past the first item the iterator keeps it,
   as CPython's does (listreviter_next, Objects/listobject.c, 3.13). */
static PyObject *
listreviter_next(PyObject *self)
{
    ListRevIterObject *it = (ListRevIterObject *)self;
    if (it->index < 0)
        return NULL;
    if (it->index < Py_SIZE(it->seq))
        return Py_NewRef(PyList_GET_ITEM(it->seq, it->index--));
    it->index = -1;
    Py_CLEAR(it->seq);
    return NULL;
}

static PyObject *
listreviter_iter(PyObject *self)
{
    return Py_NewRef(self);
}

PyTypeObject PyListRevIter_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "list_reverseiterator",
    .tp_basicsize = sizeof(ListRevIterObject),
    .tp_dealloc = listreviter_dealloc,
    .tp_traverse = listreviter_traverse,
    .tp_iter = listreviter_iter,
    .tp_iternext = listreviter_next,
    .tp_length_hint = listreviter_left,
    .tp_base = &PyBaseObject_Type,
};

/* Where value first is among items [start, end): its index, -1 if it
   is not there, -2 on an error comparing. */
static Py_ssize_t
list_find(PyListObject *op, PyObject *value, Py_ssize_t start, Py_ssize_t end)
{
    for (Py_ssize_t i = start; i < end && i < Py_SIZE(op); i++) {
        PyObject *item = Py_NewRef(op->ob_item[i]);
        int same = PyObject_RichCompareBool(item, value, Py_EQ);
        Py_DECREF(item);
        if (same != 0)
            return same > 0 ? i : -2;
    }
    return -1;
}

static PyObject *
list_remove(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)nargs, (void)kwnames;
    PyListObject *op = (PyListObject *)self;
    Py_ssize_t i = list_find(op, args[0], 0, Py_SIZE(op));
    if (i == -1)
        PyErr_Format(EXC_VALUE, "list.remove(x): x not in list");
    if (i < 0)
        return NULL;
    list_delitem(op, i);
    Py_RETURN_NONE;
}

/* list.index(value, start=0, stop=sys.maxsize) */
static PyObject *
list_index(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
           PyObject *kwnames)
{
    (void)kwnames;
    PyListObject *op = (PyListObject *)self;
    Py_ssize_t start = 0, end = PTRDIFF_MAX;
    if ((nargs > 1 && _PyEval_SliceIndex(args[1], &start, false) < 0) ||
        (nargs > 2 && _PyEval_SliceIndex(args[2], &end, false) < 0))
        return NULL;
    _PySlice_AdjustIndices(Py_SIZE(op), &start, &end);
    Py_ssize_t i = list_find(op, args[0], start, end);
    if (i >= 0)
        return PyLong_FromLong(i);
    if (i == -1) {
        PyObject *r = PyObject_Repr(args[0]);
        if (r != NULL)
            PyErr_Format(EXC_VALUE, "%s is not in list", PyUnicode_AsUTF8(r));
        Py_XDECREF(r);
    }
    return NULL;
}

static PyObject *
list_count(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
           PyObject *kwnames)
{
    (void)nargs, (void)kwnames;
    Py_ssize_t count = 0;
    for (Py_ssize_t i = 0; i < Py_SIZE(self); i++) {
        PyObject *item = Py_NewRef(PyList_GET_ITEM(self, i));
        int same = item == args[0]
                       ? 1
                       : PyObject_RichCompareBool(item, args[0], Py_EQ);
        Py_DECREF(item);
        if (same < 0)
            return NULL;
        count += same;
    }
    return PyLong_FromLong(count);
}

static PyObject *
list_reverse(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
             PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    slice_reverse(((PyListObject *)self)->ob_item, Py_SIZE(self));
    Py_RETURN_NONE;
}

/* The list is empty before its items go, last to first: a __del__ they
   run sees it empty (CPython's list_clear). */
static PyObject *
list_clear(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
           PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    PyListObject *op = (PyListObject *)self;
    PyObject **items = op->ob_item;
    Py_ssize_t n = Py_SIZE(op);
    op->ob_item = NULL;
    Py_SIZE(op) = 0;
    op->allocated = 0;
    while (n-- > 0)
        Py_XDECREF(items[n]);
    PyObject_Free(items);
    Py_RETURN_NONE;
}

static PyObject *
list_copy(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
          PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    PyObject *copy = PyList_New(Py_SIZE(self));
    for (Py_ssize_t i = 0; copy != NULL && i < Py_SIZE(self); i++)
        PyList_SET_ITEM(copy, i, Py_NewRef(PyList_GET_ITEM(self, i)));
    return copy;
}

static PyObject *
list_new(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs)
{
    (void)type;
    if (nargs > 1) {
        PyErr_Format(EXC_TYPE, "list expected at most 1 argument, got %zd",
                     nargs);
        return NULL;
    }
    return nargs == 0 ? PyList_New(0) : _PyList_FromIterable(args[0]);
}

/* list.__sizeof__: CPython 3.13's PyListObject is 40 bytes, and its
   array of item pointers has `allocated` slots, grown as ours is
   (list_resize, Objects/listobject.c).  getsizeof adds 16 for the
   PyGC_Head (sizeof.c). */
static PyObject *
list_sizeof(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    Py_ssize_t allocated = ((PyListObject *)self)->allocated;
    return PyLong_FromLong(40 + allocated * (Py_ssize_t)sizeof(PyObject *));
}

static PyMethodDef list_methods[] = {
    {"append", list_append, 1, 1, false},
    {"extend", list_extend, 1, 1, false},
    {"insert", list_insert, 2, 2, false},
    {"pop", list_pop, 0, 1, false},
    {"remove", list_remove, 1, 1, false},
    {"index", list_index, 1, 3, false},
    {"count", list_count, 1, 1, false},
    {"reverse", list_reverse, 0, 0, false},
    {"clear", list_clear, 0, 0, false},
    {"copy", list_copy, 0, 0, false},
    {"sort", list_sort, 0, INT32_MAX, true},
    {"__reversed__", list_reversed, 0, 0, false},
    {"__sizeof__", list_sizeof, 0, 0, false},
    {NULL, NULL, 0, 0, false},
};

PyTypeObject PyList_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "list",
    .tp_basicsize = sizeof(PyListObject),
    .tp_dealloc = list_dealloc,
    .tp_traverse = list_traverse,
    .tp_repr = list_repr,
    .tp_richcompare = list_richcompare,
    .tp_len = list_len,
    .tp_getitem = list_getitem,
    .tp_setitem = list_setitem,
    .tp_contains = list_contains,
    .nb_add = list_concat,
    .nb_multiply = list_repeat,
    .nb_inplace_add = list_inplace_concat,
    .nb_inplace_multiply = list_inplace_repeat,
    .tp_iter = _PySeqIter_New,
    .tp_new = list_new,
    .tp_methods = list_methods,
    .tp_base = &PyBaseObject_Type,
};
