#ifndef MINIPY_DICTOBJECT_H
#define MINIPY_DICTOBJECT_H

#include "object.h"

/* A hash table that remembers insertion order, like CPython's dicts since
   3.6: a sparse array of small indices into a dense array of entries. */
typedef struct {
    Py_hash_t hash;
    PyObject *key; /* NULL: a deleted entry */
    PyObject *value;
} DictEntry;

typedef struct {
    Py_ssize_t used;     /* live entries */
    Py_ssize_t nentries; /* entries filled, deleted ones included */
    int32_t size;        /* index slots: a power of two, or 0 */
    /* a key not a str went into this table since it was made: what
       CPython 3.13 calls a DICT_KEYS_GENERAL table, whose entries keep
       the hash (sys.getsizeof counts 24 bytes an entry, not 16) */
    bool general;
    /* one block: size slots, each an entry number or EMPTY or DUMMY,
       then room for usable(size) entries (dicttable_entries) */
    int32_t *indices;
    void *small; /* room inside the owner for the smallest table, or NULL */
} DictTable;

static inline DictEntry *
dicttable_entries(const DictTable *t)
{
    return t->indices != NULL ? (DictEntry *)(t->indices + t->size) : NULL;
}

/* The smallest table: 8 slots and room for 5 entries (two thirds). */
#define DICTTABLE_MIN_SIZE 8
#define DICTTABLE_SMALL_BYTES                                                  \
    (DICTTABLE_MIN_SIZE * sizeof(int32_t) +                                    \
     (DICTTABLE_MIN_SIZE * 2 / 3) * sizeof(DictEntry))

void dicttable_init(DictTable *t);
/* Make an empty table's room for n entries at once, as CPython 3.13's
   dict_new_presized does (Objects/dictobject.c): for a display {k: v,
   ...} of n pairs.  general: a key is not a str.  -1: no memory. */
int dicttable_presize(DictTable *t, Py_ssize_t n, bool general);
/* A table whose smallest size lives in small, DICTTABLE_SMALL_BYTES
   inside its owner: an instance keeps its first attributes in the
   memory block it is made in, with no second allocation to reach. */
void dicttable_init_small(DictTable *t, void *small);
void dicttable_clear(DictTable *t);
/* The value stored under key (borrowed), or NULL: not found, or an error
   comparing keys (check PyErr_Occurred). */
PyObject *dicttable_get(DictTable *t, PyObject *key, Py_hash_t hash);
int dicttable_set(DictTable *t, PyObject *key, Py_hash_t hash, PyObject *value);
/* 0 deleted, 1 not found, -1 error. */
int dicttable_del(DictTable *t, PyObject *key, Py_hash_t hash);
/* Walk the entries in order: *pos starts at 0. */
bool dicttable_next(DictTable *t, Py_ssize_t *pos, PyObject **key,
                    PyObject **value);

typedef struct {
    PyObject_HEAD;
    DictTable table;
    /* The instance whose attributes these are, when obj.__dict__ made
       this dict (instance.c), or NULL.  As in CPython 3.13, whose
       materialized dict shares the object's inline values: the instance
       visits the values, the dict does not, and a store through the
       instance leaves the dict's tracking alone. */
    PyObject *embedded_in;
} PyDictObject;

extern PyTypeObject PyDict_Type;
/* Its iterators, forwards and reversed(), and its views d.keys(),
   d.values(), d.items(). */
extern PyTypeObject PyDictIter_Type, PyDictIterValue_Type, PyDictIterItem_Type;
extern PyTypeObject PyDictRevIterKey_Type, PyDictRevIterValue_Type,
    PyDictRevIterItem_Type;
extern PyTypeObject PyDictKeys_Type, PyDictValues_Type, PyDictItems_Type;
#define PyDict_Check(op) Py_IS_TYPE(op, &PyDict_Type)

PyObject *PyDict_New(void);
PyObject *PyDict_GetItemWithError(PyObject *dict, PyObject *key);
PyObject *PyDict_GetItemString(PyObject *dict, const char *key);
int PyDict_SetItem(PyObject *dict, PyObject *key, PyObject *value);
int PyDict_SetItemString(PyObject *dict, const char *key, PyObject *value);
int PyDict_DelItem(PyObject *dict, PyObject *key); /* KeyError if absent */
bool PyDict_Next(PyObject *dict, Py_ssize_t *pos, PyObject **key,
                 PyObject **value);
Py_ssize_t PyDict_Size(PyObject *dict);
PyObject *PyDict_Copy(PyObject *dict);
/* Make room in dict for other's entries, as CPython 3.13 does before
   it copies them (copy: d.copy(), else dict_merge: d.update(other),
   dict(other), {**other}): the same table size as other's when it
   would clone other's keys, else room for both.  -1: no memory. */
int _PyDict_PresizeMerge(PyObject *dict, PyObject *other, bool copy);
/* A new dict with room for n entries (a display of n pairs). */
PyObject *_PyDict_NewPresized(Py_ssize_t n, bool general);
/* dict.__sizeof__: what CPython 3.13 counts for a dict of this table
   (sizeof.c has the rest of sys.getsizeof). */
Py_ssize_t _PyDict_SizeOf(PyObject *dict);

#endif
