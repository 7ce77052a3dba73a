/* dict: an insertion-ordered hash table. */
#include "dictobject.h"

#include "abstract.h"
#include "errors.h"
#include "longobject.h"
#include "methodobject.h"
#include "pymem.h"
#include "unicodeobject.h"

#include <string.h>

#define EMPTY    (-1)
#define DUMMY    (-2) /* a deleted entry's slot: probing goes on past it */
#define MIN_SIZE 8

/* Two thirds of the slots may be used before the table grows. */
static Py_ssize_t
usable(Py_ssize_t size)
{
    return (size << 1) / 3;
}

void
dicttable_init(DictTable *t)
{
    memset(t, 0, sizeof *t);
}

/* Drop every reference; the storage (indices and entries, one block
   allocated from the object allocator) goes back too. */
void
dicttable_clear(DictTable *t)
{
    DictEntry *entries = t->entries;
    Py_ssize_t n = t->nentries;
    void *storage = t->indices;
    dicttable_init(t);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (entries[i].key != NULL) {
            Py_DECREF(entries[i].key);
            Py_DECREF(entries[i].value);
        }
    }
    PyObject_Free(storage);
}

/* The slot where key is, or the empty slot where it would go; the
   probe sequence visits every slot (CPython's perturbed recurrence). */
static Py_ssize_t
find_slot(DictTable *t, PyObject *key, Py_hash_t hash, bool *found)
{
    size_t mask = (size_t)t->size - 1, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    *found = false;
    for (;;) {
        int32_t ix = t->indices[i];
        if (ix == EMPTY)
            return (Py_ssize_t)i;
        if (ix >= 0) {
            DictEntry *e = &t->entries[ix];
            if (e->key == key) {
                *found = true;
                return (Py_ssize_t)i;
            }
            if (e->hash == hash) {
                int same = PyUnicode_Check(key) && PyUnicode_Check(e->key)
                               ? _PyUnicode_Equal(e->key, key)
                               : PyObject_RichCompareBool(e->key, key, Py_EQ);
                if (same < 0)
                    return -1;
                if (same) {
                    *found = true;
                    return (Py_ssize_t)i;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Rebuild the table with at least minsize slots, dropping deleted
   entries.  It grows to three times the live entries, as CPython's. */
static int
resize(DictTable *t, Py_ssize_t minsize)
{
    Py_ssize_t size = MIN_SIZE;
    while (size < minsize)
        size <<= 1;
    size_t index_bytes = (size_t)size * sizeof(int32_t);
    void *storage =
        PyObject_Malloc(index_bytes + (size_t)usable(size) * sizeof(DictEntry));
    if (storage == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    int32_t *indices = storage;
    DictEntry *entries = (DictEntry *)((char *)storage + index_bytes);
    memset(indices, 0xFF, index_bytes); /* every slot EMPTY (-1) */
    Py_ssize_t n = 0;
    for (Py_ssize_t i = 0; i < t->nentries; i++) {
        if (t->entries[i].key == NULL)
            continue;
        entries[n] = t->entries[i];
        size_t mask = (size_t)size - 1, j = (size_t)entries[n].hash & mask;
        uint64_t perturb = (uint64_t)entries[n].hash;
        while (indices[j] != EMPTY) {
            perturb >>= 5;
            j = (j * 5 + perturb + 1) & mask;
        }
        indices[j] = (int32_t)n++;
    }
    PyObject_Free(t->indices);
    t->indices = indices;
    t->entries = entries;
    t->size = size;
    t->nentries = n;
    return 0;
}

PyObject *
dicttable_get(DictTable *t, PyObject *key, Py_hash_t hash)
{
    if (t->size == 0)
        return NULL;
    bool found;
    Py_ssize_t slot = find_slot(t, key, hash, &found);
    if (slot < 0 || !found)
        return NULL;
    return t->entries[t->indices[slot]].value;
}

int
dicttable_set(DictTable *t, PyObject *key, Py_hash_t hash, PyObject *value)
{
    bool found = false;
    Py_ssize_t slot = 0;
    if (t->size > 0 && (slot = find_slot(t, key, hash, &found)) < 0)
        return -1;
    if (found) {
        Py_SETREF(t->entries[t->indices[slot]].value, Py_NewRef(value));
        return 0;
    }
    if (t->nentries >= usable(t->size)) {
        if (resize(t, t->used * 3) < 0)
            return -1;
        slot = find_slot(t, key, hash, &found);
    }
    DictEntry *e = &t->entries[t->nentries];
    e->hash = hash;
    e->key = Py_NewRef(key);
    e->value = Py_NewRef(value);
    t->indices[slot] = (int32_t)t->nentries++;
    t->used++;
    return 0;
}

int
dicttable_del(DictTable *t, PyObject *key, Py_hash_t hash)
{
    if (t->size == 0)
        return 1;
    bool found;
    Py_ssize_t slot = find_slot(t, key, hash, &found);
    if (slot < 0)
        return -1;
    if (!found)
        return 1;
    DictEntry *e = &t->entries[t->indices[slot]];
    PyObject *old_key = e->key, *old_value = e->value;
    t->indices[slot] = DUMMY;
    e->key = e->value = NULL;
    t->used--;
    Py_DECREF(old_key);
    Py_DECREF(old_value);
    return 0;
}

bool
dicttable_next(DictTable *t, Py_ssize_t *pos, PyObject **key, PyObject **value)
{
    while (*pos < t->nentries) {
        DictEntry *e = &t->entries[(*pos)++];
        if (e->key != NULL) {
            *key = e->key;
            *value = e->value;
            return true;
        }
    }
    return false;
}

/* ---- the dict type ---- */

static DictTable *
table_of(PyObject *dict)
{
    return &((PyDictObject *)dict)->table;
}

PyObject *
PyDict_GetItemWithError(PyObject *dict, PyObject *key)
{
    Py_hash_t hash = PyObject_Hash(key);
    if (hash == -1)
        return NULL;
    return dicttable_get(table_of(dict), key, hash);
}

PyObject *
PyDict_GetItemString(PyObject *dict, const char *key)
{
    PyObject *name = PyUnicode_FromString(key);
    if (name == NULL)
        return NULL;
    PyObject *value = PyDict_GetItemWithError(dict, name);
    Py_DECREF(name);
    return value;
}

int
PyDict_SetItemString(PyObject *dict, const char *key, PyObject *value)
{
    PyObject *name = PyUnicode_FromString(key);
    if (name == NULL)
        return -1;
    int status = PyDict_SetItem(dict, name, value);
    Py_DECREF(name);
    return status;
}

int
PyDict_DelItem(PyObject *dict, PyObject *key)
{
    Py_hash_t hash = PyObject_Hash(key);
    if (hash == -1)
        return -1;
    int status = dicttable_del(table_of(dict), key, hash);
    if (status == 1) {
        PyErr_SetKeyError(key);
        return -1;
    }
    return status;
}

bool
PyDict_Next(PyObject *dict, Py_ssize_t *pos, PyObject **key, PyObject **value)
{
    return dicttable_next(table_of(dict), pos, key, value);
}

Py_ssize_t
PyDict_Size(PyObject *dict)
{
    return table_of(dict)->used;
}

static void
dict_dealloc(PyObject *self)
{
    dicttable_clear(table_of(self));
    PyObject_Del(self);
}

/* Each entry in order: its value, then its key unless the key is a str.
   A str holds no references, so it can be in no cycle; CPython's
   dict_traverse (Objects/dictobject.c, 3.13) likewise visits only the
   values of a table whose keys are all str, and decides it per table
   where we decide per key. */
static int
dict_traverse(PyObject *self, visitproc visit, void *arg)
{
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (dicttable_next(table_of(self), &pos, &key, &value)) {
        Py_VISIT(value);
        if (!PyUnicode_Check(key))
            Py_VISIT(key);
    }
    return 0;
}

static PyObject *
dict_repr(PyObject *self)
{
    int entered = Py_ReprEnter(self);
    if (entered != 0)
        return entered > 0 ? PyUnicode_FromString("{...}") : NULL;
    _PyUnicodeWriter w = {0};
    _PyUnicodeWriter_WriteASCII(&w, "{");
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    for (bool first = true; PyDict_Next(self, &pos, &key, &value);
         first = false) {
        PyObject *k = PyObject_Repr(key);
        PyObject *v = k ? PyObject_Repr(value) : NULL;
        if (v == NULL) {
            Py_XDECREF(k);
            _PyUnicodeWriter_Dealloc(&w);
            Py_ReprLeave(self);
            return NULL;
        }
        if (!first)
            _PyUnicodeWriter_WriteASCII(&w, ", ");
        _PyUnicodeWriter_WriteStr(&w, k);
        _PyUnicodeWriter_WriteASCII(&w, ": ");
        _PyUnicodeWriter_WriteStr(&w, v);
        Py_DECREF(k);
        Py_DECREF(v);
    }
    _PyUnicodeWriter_WriteASCII(&w, "}");
    Py_ReprLeave(self);
    return _PyUnicodeWriter_Finish(&w);
}

/* Two dicts are equal when they hold equal values under equal keys. */
static PyObject *
dict_richcompare(PyObject *v, PyObject *w, int op)
{
    if (!PyDict_Check(v) || !PyDict_Check(w) || (op != Py_EQ && op != Py_NE))
        return Py_NotImplemented;
    bool equal = PyDict_Size(v) == PyDict_Size(w);
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (equal && PyDict_Next(v, &pos, &key, &value)) {
        PyObject *other = PyDict_GetItemWithError(w, key);
        if (other == NULL) {
            if (PyErr_Occurred())
                return NULL;
            equal = false;
            break;
        }
        int same = PyObject_RichCompareBool(value, other, Py_EQ);
        if (same < 0)
            return NULL;
        equal = same;
    }
    return PyBool_FromLong(equal == (op == Py_EQ));
}

static Py_ssize_t
dict_len(PyObject *self)
{
    return PyDict_Size(self);
}

static PyObject *
dict_getitem(PyObject *self, PyObject *key)
{
    PyObject *value = PyDict_GetItemWithError(self, key);
    if (value == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetKeyError(key);
        return NULL;
    }
    return Py_NewRef(value);
}

static int
dict_setitem(PyObject *self, PyObject *key, PyObject *value)
{
    if (value == NULL)
        return PyDict_DelItem(self, key);
    return PyDict_SetItem(self, key, value);
}

static int
dict_contains(PyObject *self, PyObject *key)
{
    PyObject *value = PyDict_GetItemWithError(self, key);
    if (value == NULL)
        return PyErr_Occurred() ? -1 : 0;
    return 1;
}

static PyObject *
dict_get(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
         PyObject *kwnames)
{
    (void)kwnames;
    PyObject *value = PyDict_GetItemWithError(self, args[0]);
    if (value == NULL && PyErr_Occurred())
        return NULL;
    if (value == NULL)
        value = nargs > 1 ? args[1] : Py_None;
    return Py_NewRef(value);
}

/* Iterating a dict gives its keys, and fails if the dict changes size. */
typedef struct {
    PyObject_HEAD;
    PyObject *dict; /* NULL once exhausted */
    Py_ssize_t pos;
    Py_ssize_t used; /* the size when iteration began */
    Py_ssize_t len;  /* keys still to come, if the keys stay the same */
} DictIterObject;

static PyObject *
dict_iter(PyObject *self)
{
    DictIterObject *it = PyObject_New(DictIterObject, &PyDictIter_Type);
    if (it == NULL)
        return NULL;
    it->dict = Py_NewRef(self);
    it->pos = 0;
    it->used = PyDict_Size(self);
    it->len = it->used;
    return (PyObject *)it;
}

static void
dictiter_dealloc(PyObject *self)
{
    Py_XDECREF(((DictIterObject *)self)->dict);
    PyObject_Del(self);
}

static int
dictiter_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((DictIterObject *)self)->dict);
    return 0;
}

static PyObject *
dictiter_next(PyObject *self)
{
    DictIterObject *it = (DictIterObject *)self;
    if (it->dict == NULL)
        return NULL;
    if (PyDict_Size(it->dict) != it->used) {
        PyErr_Format(EXC_RUNTIME, "dictionary changed size during iteration");
        return NULL;
    }
    PyObject *key, *value;
    if (!PyDict_Next(it->dict, &it->pos, &key, &value)) {
        Py_CLEAR(it->dict);
        return NULL;
    }
    /* More keys than there were: some were deleted and others added in
       their place, so the size is the same (CPython checks the same). */
    if (it->len == 0) {
        PyErr_Format(EXC_RUNTIME, "dictionary keys changed during iteration");
        Py_CLEAR(it->dict);
        return NULL;
    }
    it->len--;
    return Py_NewRef(key);
}

static PyObject *
dictiter_iter(PyObject *self)
{
    return Py_NewRef(self);
}

PyTypeObject PyDictIter_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "dict_keyiterator",
    .tp_basicsize = sizeof(DictIterObject),
    .tp_dealloc = dictiter_dealloc,
    .tp_traverse = dictiter_traverse,
    .tp_iter = dictiter_iter,
    .tp_iternext = dictiter_next,
    .tp_base = &PyBaseObject_Type,
};

static PyObject *
dict_new(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs)
{
    (void)type;
    if (nargs == 0)
        return PyDict_New();
    if (nargs == 1 && PyDict_Check(args[0]))
        return PyDict_Copy(args[0]);
    PyErr_Format(EXC_NOT_IMPLEMENTED,
                 "minipy's dict() takes no argument or a dict");
    return NULL;
}

static PyMethodDef dict_methods[] = {
    {"get", dict_get, 1, 2, false},
    {NULL, NULL, 0, 0, false},
};

PyTypeObject PyDict_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "dict",
    .tp_basicsize = sizeof(PyDictObject),
    .tp_dealloc = dict_dealloc,
    .tp_traverse = dict_traverse,
    .tp_repr = dict_repr,
    .tp_richcompare = dict_richcompare,
    .tp_len = dict_len,
    .tp_getitem = dict_getitem,
    .tp_setitem = dict_setitem,
    .tp_contains = dict_contains,
    .tp_iter = dict_iter,
    .tp_new = dict_new,
    .tp_methods = dict_methods,
    .tp_base = &PyBaseObject_Type,
};
