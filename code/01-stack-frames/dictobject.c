/* dict: an insertion-ordered hash table. */
#include "dictobject.h"

#include "abstract.h"
#include "listobject.h"
#include "tupleobject.h"
#include "errors.h"
#include "longobject.h"
#include "methodobject.h"
#include "pymem.h"
#include "unicodeobject.h"

#include <string.h>

#define EMPTY    (-1)
#define DUMMY    (-2) /* a deleted entry's slot: probing goes on past it */
#define MIN_SIZE DICTTABLE_MIN_SIZE

/* Two thirds of the slots may be used before the table grows. */
static Py_ssize_t
usable(Py_ssize_t size)
{
    return (size << 1) / 3;
}
_Static_assert(DICTTABLE_SMALL_BYTES ==
                   MIN_SIZE * sizeof(int32_t) +
                       (MIN_SIZE << 1) / 3 * sizeof(DictEntry),
               "the owner's room holds exactly the smallest table");

void
dicttable_init(DictTable *t)
{
    memset(t, 0, sizeof *t);
}

void
dicttable_init_small(DictTable *t, void *small)
{
    dicttable_init(t);
    t->small = small;
}

/* A table's storage goes back, unless it is the owner's own room. */
static void
free_storage(DictTable *t, void *storage)
{
    if (storage != t->small)
        PyObject_Free(storage);
}

/* Drop every reference; the storage (indices and entries, one block
   allocated from the object allocator) goes back too.  The table is
   left empty, ready to be filled again. */
void
dicttable_clear(DictTable *t)
{
    DictEntry *entries = dicttable_entries(t);
    Py_ssize_t n = t->nentries;
    void *storage = t->indices;
    dicttable_init_small(t, t->small);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (entries[i].key != NULL) {
            Py_DECREF(entries[i].key);
            Py_DECREF(entries[i].value);
        }
    }
    free_storage(t, storage);
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
            DictEntry *e = &dicttable_entries(t)[ix];
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

/* The most index slots a table has: an int32_t, and far more than the
   entries this machine has memory for (24 bytes each). */
#define MAX_SIZE ((Py_ssize_t)1 << 30)

/* How many slots a table for minsize gets: CPython 3.13's
   calculate_log2_keysize on a 64-bit build (Objects/dictobject.c),
   the bit length of (minsize | 8) - 1, at least 3.  That is the power
   of two above minsize, at least 8, but for 1 to 7, which get 16. */
static Py_ssize_t
table_size(Py_ssize_t minsize)
{
    uint64_t x = (((uint64_t)minsize | MIN_SIZE) - 1) | (MIN_SIZE - 1);
    int bits = 0;
    for (; x != 0; x >>= 1)
        bits++;
    return bits > 31 ? MAX_SIZE + 1 : (Py_ssize_t)1 << bits;
}

/* Rebuild the table with size slots (a power of two, at least 8),
   dropping deleted entries. */
static int
resize(DictTable *t, Py_ssize_t new_size)
{
    if (new_size > MAX_SIZE) {
        PyErr_NoMemory();
        return -1;
    }
    int32_t size = (int32_t)new_size;
    size_t index_bytes = (size_t)size * sizeof(int32_t);
    /* The owner's room, when the table fits and is not there already. */
    void *storage =
        size == MIN_SIZE && t->small != NULL && t->indices != t->small
            ? t->small
            : PyObject_Malloc(index_bytes +
                              (size_t)usable(size) * sizeof(DictEntry));
    if (storage == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    int32_t *indices = storage;
    DictEntry *entries = (DictEntry *)((char *)storage + index_bytes);
    DictEntry *old = dicttable_entries(t);
    memset(indices, 0xFF, index_bytes); /* every slot EMPTY (-1) */
    Py_ssize_t n = 0;
    for (Py_ssize_t i = 0; i < t->nentries; i++) {
        if (old[i].key == NULL)
            continue;
        entries[n] = old[i];
        size_t mask = (size_t)size - 1, j = (size_t)entries[n].hash & mask;
        uint64_t perturb = (uint64_t)entries[n].hash;
        while (indices[j] != EMPTY) {
            perturb >>= 5;
            j = (j * 5 + perturb + 1) & mask;
        }
        indices[j] = (int32_t)n++;
    }
    free_storage(t, t->indices);
    t->indices = indices;
    t->size = size;
    t->nentries = n;
    return 0;
}

int
dicttable_presize(DictTable *t, Py_ssize_t n, bool general)
{
    /* up to 5 entries: the smallest table, made by the first store */
    if (n <= usable(MIN_SIZE))
        return 0;
    t->general = general;
    /* CPython's estimate_log2_keysize: 1.5 slots an entry, at least */
    return resize(t, table_size((n * 3 + 1) / 2));
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
    return dicttable_entries(t)[t->indices[slot]].value;
}

int
dicttable_set(DictTable *t, PyObject *key, Py_hash_t hash, PyObject *value)
{
    bool found = false;
    Py_ssize_t slot = 0;
    if (t->size > 0 && (slot = find_slot(t, key, hash, &found)) < 0)
        return -1;
    if (found) {
        Py_SETREF(dicttable_entries(t)[t->indices[slot]].value,
                  Py_NewRef(value));
        return 0;
    }
    /* The first key not a str: CPython 3.13's insertdict rebuilds a
       table of str keys as a general one then, sized for three times
       its entries (insertion_resize); an empty one is made general. */
    if (!t->general && !PyUnicode_Check(key)) {
        t->general = true;
        if (t->size > 0) {
            if (resize(t, table_size(t->used * 3)) < 0)
                return -1;
            slot = find_slot(t, key, hash, &found);
        }
    }
    /* full: room for three times the live entries (GROWTH_RATE) */
    if (t->nentries >= usable(t->size)) {
        if (resize(t, table_size(t->used * 3)) < 0)
            return -1;
        slot = find_slot(t, key, hash, &found);
    }
    DictEntry *e = &dicttable_entries(t)[t->nentries];
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
    DictEntry *e = &dicttable_entries(t)[t->indices[slot]];
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
        DictEntry *e = &dicttable_entries(t)[(*pos)++];
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
    PyObject *name = PyUnicode_InternFromString(key);
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

int
_PyDict_PresizeMerge(PyObject *dict, PyObject *other, bool copy)
{
    DictTable *to = table_of(dict), *from = table_of(other);
    if (from->used == 0)
        return 0;
    bool compact = from->used == from->nentries;
    /* CPython 3.13's PyDict_Copy clones the keys of a dict at most a
       third of whose entries were deleted; dict_merge into an empty
       dict clones a compact one that is the smallest or more than a
       third full (Objects/dictobject.c) */
    if (to->used == 0 && ((copy && from->used >= from->nentries * 2 / 3) ||
                          (compact && (from->size == MIN_SIZE ||
                                       usable(from->size / 2) < from->used)))) {
        to->general = from->general;
        return resize(to, from->size);
    }
    /* else dict_merge makes room at once, when there is not already
       as much as the other dict has entries */
    if (usable(to->size) >= from->used)
        return 0;
    to->general = to->general || from->general;
    return resize(to, table_size(((to->used + from->used) * 3 + 1) / 2));
}

PyObject *
_PyDict_NewPresized(Py_ssize_t n, bool general)
{
    PyObject *dict = PyDict_New();
    if (dict != NULL && dicttable_presize(table_of(dict), n, general) < 0)
        Py_CLEAR(dict);
    return dict;
}

/* CPython 3.13's sizes (Include/internal/pycore_dict.h): a dict object
   is 48 bytes; its keys table, unless it is the shared empty one, a
   32-byte header, then an index of 1, 2, 4 or 8 bytes a slot, then room
   for two thirds as many entries as slots, of 16 bytes (key, value)
   when every key is a str, else 24 (hash, key, value).
   (_PyDict_SizeOf and _PyDict_KeysSize, Objects/dictobject.c.) */
#define CPYTHON_DICT_SIZE       48
#define CPYTHON_DICTKEYS_HEADER 32

Py_ssize_t
_PyDict_SizeOf(PyObject *dict)
{
    DictTable *t = table_of(dict);
    if (t->size == 0)
        return CPYTHON_DICT_SIZE;
    Py_ssize_t index = t->size <= 0xff ? 1 : t->size <= 0xffff ? 2 : 4;
    Py_ssize_t entry = t->general ? 24 : 16;
    return CPYTHON_DICT_SIZE + CPYTHON_DICTKEYS_HEADER + index * t->size +
           usable(t->size) * entry;
}

static PyObject *
dict_sizeof(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return PyLong_FromLong(_PyDict_SizeOf(self));
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
    if (((PyDictObject *)self)->embedded_in != NULL)
        return 0; /* its instance visits the values */
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

/* dict.pop(key[, default]): the value comes out with the dict's
   reference. */
static PyObject *
dict_pop(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
         PyObject *kwnames)
{
    (void)kwnames;
    PyObject *key = args[0];
    if (PyDict_Size(self) == 0 && nargs > 1) /* CPython hashes nothing */
        return Py_NewRef(args[1]);
    if (PyDict_Size(self) == 0) {
        PyErr_SetKeyError(key);
        return NULL;
    }
    Py_hash_t hash = PyObject_Hash(key);
    if (hash == -1)
        return NULL;
    PyObject *value = dicttable_get(table_of(self), key, hash);
    if (value == NULL) {
        if (PyErr_Occurred())
            return NULL;
        if (nargs > 1)
            return Py_NewRef(args[1]);
        PyErr_SetKeyError(key);
        return NULL;
    }
    Py_INCREF(value);
    if (dicttable_del(table_of(self), key, hash) < 0) {
        Py_DECREF(value);
        return NULL;
    }
    return value;
}

/* dict.popitem(): the last entry, as a tuple. */
static PyObject *
dict_popitem(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
             PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    DictTable *t = table_of(self);
    Py_ssize_t i = t->nentries - 1;
    while (i >= 0 && dicttable_entries(t)[i].key == NULL)
        i--;
    if (i < 0) {
        PyObject *what = PyUnicode_FromString("popitem(): dictionary is empty");
        if (what != NULL)
            PyErr_SetKeyError(what);
        Py_XDECREF(what);
        return NULL;
    }
    DictEntry *e = &dicttable_entries(t)[i];
    PyObject *pair = PyTuple_New(2);
    if (pair == NULL)
        return NULL;
    PyTuple_SET_ITEM(pair, 0, Py_NewRef(e->key));
    PyTuple_SET_ITEM(pair, 1, Py_NewRef(e->value));
    if (dicttable_del(t, e->key, e->hash) < 0)
        Py_CLEAR(pair);
    return pair;
}

static PyObject *
dict_setdefault(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                PyObject *kwnames)
{
    (void)kwnames;
    PyObject *value = PyDict_GetItemWithError(self, args[0]);
    if (value == NULL && PyErr_Occurred())
        return NULL;
    if (value != NULL)
        return Py_NewRef(value);
    value = nargs > 1 ? args[1] : Py_None;
    if (PyDict_SetItem(self, args[0], value) < 0)
        return NULL;
    return Py_NewRef(value);
}

/* The pairs of an iterable, each a sequence of two: key and value. */
static int
merge_pairs(PyObject *dict, PyObject *pairs)
{
    PyObject *iter = PyObject_GetIter(pairs), *item;
    if (iter == NULL)
        return -1;
    int status = 0;
    for (Py_ssize_t i = 0; status == 0 && (item = PyIter_Next(iter)); i++) {
        PyObject *pair = _PyList_FromIterable(item);
        Py_DECREF(item);
        status = -1;
        if (pair == NULL && PyErr_ExceptionMatches(EXC_TYPE))
            PyErr_Format(EXC_TYPE,
                         "cannot convert dictionary update sequence "
                         "element #%zd to a sequence",
                         i);
        else if (pair != NULL && Py_SIZE(pair) != 2)
            PyErr_Format(EXC_VALUE,
                         "dictionary update sequence element #%zd has "
                         "length %zd; 2 is required",
                         i, Py_SIZE(pair));
        else if (pair != NULL)
            status = PyDict_SetItem(dict, PyList_GET_ITEM(pair, 0),
                                    PyList_GET_ITEM(pair, 1));
        Py_XDECREF(pair);
    }
    Py_DECREF(iter);
    return status < 0 || PyErr_Occurred() ? -1 : 0;
}

/* What dict(...) and d.update(...) take: a dict or pairs, then
   keyword arguments, stored in that order. */
static int
dict_update_from(PyObject *dict, PyObject *arg, PyObject *kwnames,
                 PyObject *const *kwargs)
{
    if (arg != NULL && PyDict_Check(arg)) {
        PyObject *key, *value;
        Py_ssize_t pos = 0;
        if (_PyDict_PresizeMerge(dict, arg, false) < 0)
            return -1;
        while (PyDict_Next(arg, &pos, &key, &value))
            if (PyDict_SetItem(dict, key, value) < 0)
                return -1;
    } else if (arg != NULL && merge_pairs(dict, arg) < 0) {
        return -1;
    }
    for (Py_ssize_t k = 0; k < _PyArg_KeywordCount(kwnames); k++)
        if (PyDict_SetItem(dict, PyTuple_GET_ITEM(kwnames, k), kwargs[k]) < 0)
            return -1;
    return 0;
}

static PyObject *
dict_update(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    if (nargs > 1) {
        PyErr_Format(EXC_TYPE, "update expected at most 1 argument, got %zd",
                     nargs);
        return NULL;
    }
    PyObject *arg = nargs > 0 ? args[0] : NULL;
    if (dict_update_from(self, arg, kwnames, args + nargs) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
dict_clear(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
           PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    dicttable_clear(table_of(self));
    Py_RETURN_NONE;
}

static PyObject *
dict_copy(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
          PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return PyDict_Copy(self);
}

/* d | other: a new dict, other's values winning (3.9+); d |= other
   updates d, and takes pairs too. */
static PyObject *
dict_or(PyObject *v, PyObject *w)
{
    if (!PyDict_Check(v) || !PyDict_Check(w))
        return Py_NotImplemented;
    PyObject *merged = PyDict_Copy(v);
    if (merged != NULL && dict_update_from(merged, w, NULL, NULL) < 0)
        Py_CLEAR(merged);
    return merged;
}

static PyObject *
dict_ior(PyObject *self, PyObject *other)
{
    if (dict_update_from(self, other, NULL, NULL) < 0)
        return NULL;
    return Py_NewRef(self);
}

/* dict(), dict(mapping or pairs), with keyword arguments too. */
static PyObject *
dict_vectorcall(PyObject *type, PyObject *const *args, Py_ssize_t nargs,
                PyObject *kwnames)
{
    (void)type;
    if (nargs > 1) {
        PyErr_Format(EXC_TYPE, "dict expected at most 1 argument, got %zd",
                     nargs);
        return NULL;
    }
    /* dict(d) is a copy of d, tracked as d is (CPython's dict_merge
       clones a dict into an empty one) */
    if (nargs == 1 && kwnames == NULL && PyDict_Check(args[0]) &&
        table_of(args[0])->used == table_of(args[0])->nentries)
        return PyDict_Copy(args[0]);
    PyObject *dict = PyDict_New();
    if (dict != NULL && dict_update_from(dict, nargs ? args[0] : NULL, kwnames,
                                         args + nargs) < 0)
        Py_CLEAR(dict);
    return dict;
}

/* ---- iterating: keys, values or items, forwards or backwards ---- */

typedef enum { DICT_KEYS, DICT_VALUES, DICT_ITEMS } DictPart;

/* Fails if the dict changes size; a dict that kept its size but whose
   keys changed is caught going forwards too (CPython checks the same). */
typedef struct {
    PyObject_HEAD;
    PyObject *dict;   /* NULL once exhausted */
    Py_ssize_t pos;   /* the entry to look at next */
    Py_ssize_t used;  /* the size when iteration began; -1 after an error */
    Py_ssize_t len;   /* items still to come, if the keys stay the same */
    PyObject *result; /* items: the pair handed out last */
} DictIterObject;

static PyTypeObject *const iter_types[2][3] = {
    {&PyDictIter_Type, &PyDictIterValue_Type, &PyDictIterItem_Type},
    {&PyDictRevIterKey_Type, &PyDictRevIterValue_Type, &PyDictRevIterItem_Type},
};

static PyObject *
dictiter_new(PyObject *dict, DictPart part, bool reversed)
{
    PyTypeObject *type = iter_types[reversed][part];
    DictIterObject *it = PyObject_New(DictIterObject, type);
    if (it == NULL)
        return NULL;
    it->dict = Py_NewRef(dict);
    it->pos = reversed ? table_of(dict)->nentries - 1 : 0;
    it->used = it->len = PyDict_Size(dict);
    it->result = NULL;
    if (part == DICT_ITEMS && (it->result = PyTuple_New(2)) == NULL) {
        Py_DECREF((PyObject *)it);
        return NULL;
    }
    if (part == DICT_ITEMS) {
        PyTuple_SET_ITEM(it->result, 0, Py_NewRef(Py_None));
        PyTuple_SET_ITEM(it->result, 1, Py_NewRef(Py_None));
    }
    return (PyObject *)it;
}

static PyObject *
dict_iter(PyObject *self)
{
    return dictiter_new(self, DICT_KEYS, false);
}

static void
dictiter_dealloc(PyObject *self)
{
    Py_XDECREF(((DictIterObject *)self)->dict);
    Py_XDECREF(((DictIterObject *)self)->result);
    PyObject_Del(self);
}

static int
dictiter_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((DictIterObject *)self)->dict);
    Py_VISIT(((DictIterObject *)self)->result);
    return 0;
}

/* The entry before *pos, walking back: false at the start. */
static bool
dicttable_prev(DictTable *t, Py_ssize_t *pos, PyObject **key, PyObject **value)
{
    if (*pos >= t->nentries) /* the table was rebuilt meanwhile */
        *pos = t->nentries - 1;
    while (*pos >= 0) {
        DictEntry *e = &dicttable_entries(t)[(*pos)--];
        if (e->key != NULL) {
            *key = e->key;
            *value = e->value;
            return true;
        }
    }
    return false;
}

/* The next entry (borrowed), or false at the end or on an error. */
static bool
dictiter_step(DictIterObject *it, PyObject **key, PyObject **value)
{
    if (it->dict == NULL)
        return false;
    if (PyDict_Size(it->dict) != it->used) {
        PyErr_Format(EXC_RUNTIME, "dictionary changed size during iteration");
        it->used = -1; /* and every time after */
        return false;
    }
    bool backwards = Py_TYPE(it) == iter_types[1][0] ||
                     Py_TYPE(it) == iter_types[1][1] ||
                     Py_TYPE(it) == iter_types[1][2];
    DictTable *t = table_of(it->dict);
    bool found = backwards ? dicttable_prev(t, &it->pos, key, value)
                           : dicttable_next(t, &it->pos, key, value);
    if (found && it->len == 0 && !backwards) {
        /* more keys than there were: some went, others came instead */
        PyErr_Format(EXC_RUNTIME, "dictionary keys changed during iteration");
        found = false;
    }
    if (!found) {
        Py_CLEAR(it->dict);
        return false;
    }
    it->len--;
    return true;
}

/* What is left, while the dict keeps its size (dictiter_len). */
static Py_ssize_t
dictiter_left(PyObject *self)
{
    DictIterObject *it = (DictIterObject *)self;
    return it->dict != NULL && it->used == PyDict_Size(it->dict) ? it->len : 0;
}

static PyObject *
dictiter_next(PyObject *self)
{
    DictIterObject *it = (DictIterObject *)self;
    PyObject *key, *value;
    if (!dictiter_step(it, &key, &value))
        return NULL;
    if (it->result == NULL)
        return Py_NewRef(Py_TYPE(it) == iter_types[0][1] ||
                                 Py_TYPE(it) == iter_types[1][1]
                             ? value
                             : key);
    return _PyTuple_Pair(it->result, Py_NewRef(key), Py_NewRef(value));
}

static PyObject *
dictiter_iter(PyObject *self)
{
    return Py_NewRef(self);
}

#define DICT_ITERATOR(NAME, TP_NAME)                                           \
    PyTypeObject NAME = {                                                      \
        .ob_base = PyObject_HEAD_INIT(&PyType_Type),                           \
        .tp_name = TP_NAME,                                                    \
        .tp_basicsize = sizeof(DictIterObject),                                \
        .tp_dealloc = dictiter_dealloc,                                        \
        .tp_traverse = dictiter_traverse,                                      \
        .tp_iter = dictiter_iter,                                              \
        .tp_iternext = dictiter_next,                                          \
        .tp_length_hint = dictiter_left,                                       \
        .tp_base = &PyBaseObject_Type,                                         \
    };
DICT_ITERATOR(PyDictIter_Type, "dict_keyiterator")
DICT_ITERATOR(PyDictIterValue_Type, "dict_valueiterator")
DICT_ITERATOR(PyDictIterItem_Type, "dict_itemiterator")
DICT_ITERATOR(PyDictRevIterKey_Type, "dict_reversekeyiterator")
DICT_ITERATOR(PyDictRevIterValue_Type, "dict_reversevalueiterator")
DICT_ITERATOR(PyDictRevIterItem_Type, "dict_reverseitemiterator")

static PyObject *
dict_reversed(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
              PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return dictiter_new(self, DICT_KEYS, true);
}

/* ---- views: d.keys(), d.values(), d.items() ---- */

/* A view shows the dict as it is now, whatever happened since it was
   made. */
typedef struct {
    PyObject_HEAD;
    PyObject *dict;
} DictViewObject;

static PyTypeObject *const view_types[3] = {
    &PyDictKeys_Type, &PyDictValues_Type, &PyDictItems_Type};

static DictPart
view_part(PyObject *view)
{
    return Py_TYPE(view) == view_types[0]   ? DICT_KEYS
           : Py_TYPE(view) == view_types[1] ? DICT_VALUES
                                            : DICT_ITEMS;
}

static PyObject *
dictview_new(PyObject *dict, DictPart part)
{
    DictViewObject *v = PyObject_New(DictViewObject, view_types[part]);
    if (v != NULL)
        v->dict = Py_NewRef(dict);
    return (PyObject *)v;
}

static PyObject *
dict_keys(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
          PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return dictview_new(self, DICT_KEYS);
}

static PyObject *
dict_values(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return dictview_new(self, DICT_VALUES);
}

static PyObject *
dict_items(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
           PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return dictview_new(self, DICT_ITEMS);
}

static void
dictview_dealloc(PyObject *self)
{
    Py_XDECREF(((DictViewObject *)self)->dict);
    PyObject_Del(self);
}

static int
dictview_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((DictViewObject *)self)->dict);
    return 0;
}

static Py_ssize_t
dictview_len(PyObject *self)
{
    return PyDict_Size(((DictViewObject *)self)->dict);
}

static PyObject *
dictview_iter(PyObject *self)
{
    return dictiter_new(((DictViewObject *)self)->dict, view_part(self), false);
}

static PyObject *
dictview_reversed(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                  PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return dictiter_new(((DictViewObject *)self)->dict, view_part(self), true);
}

/* dict_items([(1, 'a')]): the type's name around a list of the items. */
static PyObject *
dictview_repr(PyObject *self)
{
    int entered = Py_ReprEnter(self);
    if (entered != 0)
        return entered > 0 ? PyUnicode_FromString("...") : NULL;
    PyObject *items = _PyList_FromIterable(self);
    PyObject *text = items ? PyObject_Repr(items) : NULL;
    PyObject *result =
        text ? PyUnicode_FromFormat("%s(%s)", Py_TYPE(self)->tp_name,
                                    PyUnicode_AsUTF8(text))
             : NULL;
    Py_XDECREF(text);
    Py_XDECREF(items);
    Py_ReprLeave(self);
    return result;
}

static int
dictkeys_contains(PyObject *self, PyObject *key)
{
    return dict_contains(((DictViewObject *)self)->dict, key);
}

/* (key, value) in d.items(): the key is there with an equal value. */
static int
dictitems_contains(PyObject *self, PyObject *item)
{
    if (!PyTuple_Check(item) || Py_SIZE(item) != 2)
        return 0;
    PyObject *dict = ((DictViewObject *)self)->dict;
    PyObject *value = PyDict_GetItemWithError(dict, PyTuple_GET_ITEM(item, 0));
    if (value == NULL)
        return PyErr_Occurred() ? -1 : 0;
    Py_INCREF(value);
    int same =
        PyObject_RichCompareBool(value, PyTuple_GET_ITEM(item, 1), Py_EQ);
    Py_DECREF(value);
    return same;
}

/* Is every item of a in b? */
static int
all_contained_in(PyObject *a, PyObject *b)
{
    PyObject *iter = PyObject_GetIter(a), *item;
    if (iter == NULL)
        return -1;
    int found = 1;
    while (found == 1 && (item = PyIter_Next(iter)) != NULL) {
        found = PySequence_Contains(b, item);
        Py_DECREF(item);
    }
    Py_DECREF(iter);
    return PyErr_Occurred() ? -1 : found;
}

/* Keys and items views compare as sets do: by containment.  (Sets
   themselves are not in minipy.) */
static PyObject *
dictview_richcompare(PyObject *v, PyObject *w, int op)
{
    if (Py_TYPE(w) != view_types[0] && Py_TYPE(w) != view_types[2])
        return Py_NotImplemented;
    Py_ssize_t nv = dictview_len(v), nw = dictview_len(w);
    bool strict = op == Py_LT || op == Py_GT, result = false;
    int inside = 1;
    if (op == Py_EQ || op == Py_NE) {
        inside = nv == nw ? all_contained_in(v, w) : 0;
        result = inside == (op == Py_EQ);
    } else if (op == Py_LT || op == Py_LE) {
        inside = nv <= nw && !(strict && nv == nw) ? all_contained_in(v, w) : 0;
        result = inside;
    } else {
        inside = nv >= nw && !(strict && nv == nw) ? all_contained_in(w, v) : 0;
        result = inside;
    }
    if (inside < 0)
        return NULL;
    return PyBool_FromLong(result);
}

/* d.keys() & other, and |, -, ^: sets, which minipy does not have. */
static PyObject *
dictview_set_op(PyObject *v, PyObject *w)
{
    (void)v, (void)w;
    PyErr_Format(EXC_NOT_IMPLEMENTED, "minipy has no sets, which the &, |, "
                                      "- and ^ of dict views make");
    return NULL;
}

static PyMethodDef dictview_methods[] = {
    {"__reversed__", dictview_reversed, 0, 0, false},
    {NULL, NULL, 0, 0, false},
};

#define DICT_VIEW(NAME, TP_NAME, CONTAINS, COMPARE, SET_OP)                    \
    PyTypeObject NAME = {                                                      \
        .ob_base = PyObject_HEAD_INIT(&PyType_Type),                           \
        .tp_name = TP_NAME,                                                    \
        .tp_basicsize = sizeof(DictViewObject),                                \
        .tp_dealloc = dictview_dealloc,                                        \
        .tp_traverse = dictview_traverse,                                      \
        .tp_repr = dictview_repr,                                              \
        .tp_richcompare = COMPARE,                                             \
        .tp_len = dictview_len,                                                \
        .tp_contains = CONTAINS,                                               \
        .nb_and = SET_OP,                                                      \
        .nb_or = SET_OP,                                                       \
        .nb_xor = SET_OP,                                                      \
        .nb_subtract = SET_OP,                                                 \
        .tp_iter = dictview_iter,                                              \
        .tp_methods = dictview_methods,                                        \
        .tp_base = &PyBaseObject_Type,                                         \
    };
DICT_VIEW(PyDictKeys_Type, "dict_keys", dictkeys_contains, dictview_richcompare,
          dictview_set_op)
DICT_VIEW(PyDictValues_Type, "dict_values", NULL, NULL, NULL)
DICT_VIEW(PyDictItems_Type, "dict_items", dictitems_contains,
          dictview_richcompare, dictview_set_op)

static PyMethodDef dict_methods[] = {
    {"get", dict_get, 1, 2, false},
    {"keys", dict_keys, 0, 0, false},
    {"values", dict_values, 0, 0, false},
    {"items", dict_items, 0, 0, false},
    {"pop", dict_pop, 1, 2, false},
    {"popitem", dict_popitem, 0, 0, false},
    {"setdefault", dict_setdefault, 1, 2, false},
    {"update", dict_update, 0, INT32_MAX, true},
    {"clear", dict_clear, 0, 0, false},
    {"copy", dict_copy, 0, 0, false},
    {"__reversed__", dict_reversed, 0, 0, false},
    {"__sizeof__", dict_sizeof, 0, 0, false},
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
    .nb_or = dict_or,
    .nb_inplace_or = dict_ior,
    .tp_iter = dict_iter,
    .tp_vectorcall = dict_vectorcall,
    .tp_methods = dict_methods,
    .tp_base = &PyBaseObject_Type,
};
