/* Special methods.  A class whose body (or a base class's) defines
   __repr__, __eq__, __len__, __add__, ... gets, in the matching slot of
   its type, a function that looks the method up on the type and calls
   it.  So repr(), ==, len(), + and the bytecode loop reach a class's
   Python code through the same slots a builtin type fills in C (CPython's
   slotdefs and update_one_slot, Objects/typeobject.c, v3.13.0).  As in
   CPython, special methods are looked up on the type, never on the
   instance. */
#include "abstract.h"
#include "classobject.h"
#include "dictobject.h"
#include "errors.h"
#include "longobject.h"
#include "unicodeobject.h"

#include <stddef.h>
#include <string.h>

enum {
    S_REPR,
    S_STR,
    S_HASH,
    S_LT,
    S_LE,
    S_EQ,
    S_NE,
    S_GT,
    S_GE,
    S_BOOL,
    S_LEN,
    S_GETITEM,
    S_SETITEM,
    S_DELITEM,
    S_CONTAINS,
    S_ITER,
    S_NEXT,
    S_CALL,
    S_GETATTR,
    S_ADD,
    S_RADD,
    S_SUB,
    S_RSUB,
    S_MUL,
    S_RMUL,
    S_FLOORDIV,
    S_RFLOORDIV,
    S_MOD,
    S_RMOD,
    S_IADD,
    S_IMUL,
    S_NEG,
    S_POS,
    S_COUNT
};

static const char *const slot_names[S_COUNT] = {
    "__repr__",    "__str__",      "__hash__",      "__lt__",
    "__le__",      "__eq__",       "__ne__",        "__gt__",
    "__ge__",      "__bool__",     "__len__",       "__getitem__",
    "__setitem__", "__delitem__",  "__contains__",  "__iter__",
    "__next__",    "__call__",     "__getattr__",   "__add__",
    "__radd__",    "__sub__",      "__rsub__",      "__mul__",
    "__rmul__",    "__floordiv__", "__rfloordiv__", "__mod__",
    "__rmod__",    "__iadd__",     "__imul__",      "__neg__",
    "__pos__",
};

/* The names as str objects, made once (freed at exit). */
static PyObject *names[S_COUNT];

static PyObject *
name_of(int which)
{
    if (names[which] == NULL)
        names[which] = PyUnicode_FromString(slot_names[which]);
    return names[which];
}

void
_PyType_SlotsFini(void)
{
    for (int i = 0; i < S_COUNT; i++)
        Py_CLEAR(names[i]);
}

/* The special method `which` of op's type (borrowed), or NULL. */
static PyObject *
special(PyObject *op, int which)
{
    PyObject *name = name_of(which);
    return name == NULL ? NULL : _PyType_Lookup(Py_TYPE(op), name);
}

static PyObject *
call_special(PyObject *self, PyObject *func, PyObject *const *args,
             Py_ssize_t nargs)
{
    return _PyObject_CallPrepend(func, self, args, nargs, NULL);
}

/* Call special method `which` of self's type: NULL with an error if it
   has none (the slot was left behind by a deleted method). */
static PyObject *
call_slot(PyObject *self, int which, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *func = special(self, which);
    if (func == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(EXC_ATTRIBUTE, "'%s' object has no attribute '%s'",
                         Py_TYPE(self)->tp_name, slot_names[which]);
        return NULL;
    }
    return call_special(self, func, args, nargs);
}

/* ---------------------------------------------------------- the slots */

static PyObject *
slot_tp_repr(PyObject *self)
{
    return call_slot(self, S_REPR, NULL, 0);
}

static PyObject *
slot_tp_str(PyObject *self)
{
    return call_slot(self, S_STR, NULL, 0);
}

static Py_hash_t
slot_tp_hash(PyObject *self)
{
    PyObject *result = call_slot(self, S_HASH, NULL, 0);
    if (result == NULL)
        return -1;
    if (!PyLong_Check(result)) {
        PyErr_Format(EXC_TYPE, "__hash__ method should return an integer");
        Py_DECREF(result);
        return -1;
    }
    Py_hash_t hash = (Py_hash_t)PyLong_AsLong(result);
    Py_DECREF(result);
    return hash == -1 ? -2 : hash;
}

/* __hash__ = None, or __eq__ without __hash__ in the same class body. */
static Py_hash_t
slot_tp_unhashable(PyObject *self)
{
    PyErr_Format(EXC_TYPE, "unhashable type: '%s'", Py_TYPE(self)->tp_name);
    return -1;
}

/* A Python method's NotImplemented, a new reference, becomes the
   borrowed one the C slots return. */
static PyObject *
binary_result(PyObject *result)
{
    if (result == Py_NotImplemented)
        Py_DECREF(result);
    return result;
}

/* x != y without __ne__ is the opposite of x == y, as object's own
   __ne__ says. */
static PyObject *
slot_tp_richcompare(PyObject *self, PyObject *other, int op)
{
    static const int method[] = {S_LT, S_LE, S_EQ, S_NE, S_GT, S_GE};
    PyObject *func = special(self, method[op]);
    if (func != NULL)
        return binary_result(call_special(self, func, &other, 1));
    if (PyErr_Occurred())
        return NULL;
    if (op != Py_NE || (func = special(self, S_EQ)) == NULL)
        return PyErr_Occurred() ? NULL : Py_NotImplemented;
    PyObject *equal = binary_result(call_special(self, func, &other, 1));
    if (equal == NULL || equal == Py_NotImplemented)
        return equal;
    int truth = PyObject_IsTrue(equal);
    Py_DECREF(equal);
    return truth < 0 ? NULL : PyBool_FromLong(!truth);
}

static int
slot_tp_bool(PyObject *self)
{
    PyObject *result = call_slot(self, S_BOOL, NULL, 0);
    if (result == NULL)
        return -1;
    if (!PyBool_Check(result)) {
        PyErr_Format(EXC_TYPE, "__bool__ should return bool, returned %s",
                     Py_TYPE(result)->tp_name);
        Py_DECREF(result);
        return -1;
    }
    int truth = result == Py_True;
    Py_DECREF(result);
    return truth;
}

static Py_ssize_t
slot_tp_len(PyObject *self)
{
    PyObject *result = call_slot(self, S_LEN, NULL, 0);
    if (result == NULL)
        return -1;
    if (!PyLong_Check(result)) {
        PyErr_Format(EXC_TYPE,
                     "'%s' object cannot be interpreted as an integer",
                     Py_TYPE(result)->tp_name);
        Py_DECREF(result);
        return -1;
    }
    long long n = PyLong_AsLong(result);
    Py_DECREF(result);
    if (n < 0) {
        PyErr_Format(EXC_VALUE, "__len__() should return >= 0");
        return -1;
    }
    return (Py_ssize_t)n;
}

static PyObject *
slot_tp_getitem(PyObject *self, PyObject *key)
{
    return call_slot(self, S_GETITEM, &key, 1);
}

static int
slot_tp_setitem(PyObject *self, PyObject *key, PyObject *value)
{
    PyObject *args[2] = {key, value};
    PyObject *result = value != NULL ? call_slot(self, S_SETITEM, args, 2)
                                     : call_slot(self, S_DELITEM, args, 1);
    if (result == NULL)
        return -1;
    Py_DECREF(result);
    return 0;
}

static int
slot_tp_contains(PyObject *self, PyObject *value)
{
    PyObject *result = call_slot(self, S_CONTAINS, &value, 1);
    if (result == NULL)
        return -1;
    int truth = PyObject_IsTrue(result);
    Py_DECREF(result);
    return truth;
}

static PyObject *
slot_tp_iter(PyObject *self)
{
    PyObject *result = call_slot(self, S_ITER, NULL, 0);
    if (result != NULL && Py_TYPE(result)->tp_iternext == NULL) {
        PyErr_Format(EXC_TYPE, "iter() returned non-iterator of type '%s'",
                     Py_TYPE(result)->tp_name);
        Py_CLEAR(result);
    }
    return result;
}

static PyObject *
slot_tp_iternext(PyObject *self)
{
    return call_slot(self, S_NEXT, NULL, 0);
}

static PyObject *
slot_tp_call(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
             PyObject *kwnames)
{
    PyObject *func = special(self, S_CALL);
    if (func == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(EXC_TYPE, "'%s' object is not callable",
                         Py_TYPE(self)->tp_name);
        return NULL;
    }
    return _PyObject_CallPrepend(func, self, args, nargs, kwnames);
}

/* __getattr__ is asked only when the usual lookup fails with an
   AttributeError. */
static PyObject *
slot_tp_getattr_hook(PyObject *self, PyObject *name)
{
    PyObject *value = _PyInstance_GetAttr(self, name);
    if (value != NULL || !PyErr_ExceptionMatches(EXC_ATTRIBUTE))
        return value;
    PyObject *func = special(self, S_GETATTR);
    if (func == NULL)
        return NULL;
    PyErr_Clear();
    return call_special(self, func, &name, 1);
}

/* v + w: v's __add__ if v's type has this slot, then w's __radd__ if w's
   type is another with this slot (CPython's SLOT1BINFULL). */
static PyObject *
binary_slot(PyObject *v, PyObject *w, size_t offset, int which, int rwhich)
{
    PyObject *func;
    if (*(binaryfunc *)((char *)Py_TYPE(v) + offset) != NULL &&
        Py_TYPE(v)->tp_flags & Py_TPFLAGS_HEAPTYPE &&
        (func = special(v, which)) != NULL) {
        PyObject *result = binary_result(call_special(v, func, &w, 1));
        if (result != Py_NotImplemented)
            return result;
    }
    if (Py_TYPE(w) != Py_TYPE(v) &&
        Py_TYPE(w)->tp_flags & Py_TPFLAGS_HEAPTYPE &&
        (func = special(w, rwhich)) != NULL) {
        PyObject *result = binary_result(call_special(w, func, &v, 1));
        if (result != Py_NotImplemented)
            return result;
    }
    return PyErr_Occurred() ? NULL : Py_NotImplemented;
}

#define BINARY_SLOT(fn, slot, which, rwhich)                                   \
    static PyObject *fn(PyObject *v, PyObject *w)                              \
    {                                                                          \
        return binary_slot(v, w, offsetof(PyTypeObject, slot), which, rwhich); \
    }
BINARY_SLOT(slot_nb_add, nb_add, S_ADD, S_RADD)
BINARY_SLOT(slot_nb_subtract, nb_subtract, S_SUB, S_RSUB)
BINARY_SLOT(slot_nb_multiply, nb_multiply, S_MUL, S_RMUL)
BINARY_SLOT(slot_nb_floor_divide, nb_floor_divide, S_FLOORDIV, S_RFLOORDIV)
BINARY_SLOT(slot_nb_remainder, nb_remainder, S_MOD, S_RMOD)

static PyObject *
slot_nb_inplace_add(PyObject *v, PyObject *w)
{
    return binary_result(call_slot(v, S_IADD, &w, 1));
}

static PyObject *
slot_nb_inplace_multiply(PyObject *v, PyObject *w)
{
    return binary_result(call_slot(v, S_IMUL, &w, 1));
}

static PyObject *
slot_nb_negative(PyObject *v)
{
    return call_slot(v, S_NEG, NULL, 0);
}

static PyObject *
slot_nb_positive(PyObject *v)
{
    return call_slot(v, S_POS, NULL, 0);
}

/* ------------------------------------------- filling a type's slots */

static bool
defines(PyTypeObject *type, int which)
{
    PyObject *name = which < 0 ? NULL : name_of(which);
    return name != NULL && _PyType_Lookup(type, name) != NULL;
}

/* A slot is a Python one while the class or a base defines one of its
   methods; once they are gone it goes back to what a class without them
   has, the base's slot (for __getattr__, the instance's own lookup). */
#define FILL(slot, fn, a, b, fallback)                                         \
    do {                                                                       \
        if (defines(type, a) || defines(type, b))                              \
            type->slot = fn;                                                   \
        else if (type->slot == fn)                                             \
            type->slot = fallback;                                             \
    } while (0)
#define BASE(slot) (type->tp_base != NULL ? type->tp_base->slot : NULL)

/* Fill (or empty) every slot of a class from the special methods it and
   its bases define now: at the class statement, and again when a
   special method is assigned to or deleted from the class. */
int
_PyType_UpdateSlots(PyTypeObject *type)
{
    FILL(tp_repr, slot_tp_repr, S_REPR, -1, BASE(tp_repr));
    FILL(tp_str, slot_tp_str, S_STR, -1, BASE(tp_str));
    FILL(tp_bool, slot_tp_bool, S_BOOL, -1, BASE(tp_bool));
    FILL(tp_len, slot_tp_len, S_LEN, -1, BASE(tp_len));
    FILL(tp_getitem, slot_tp_getitem, S_GETITEM, -1, BASE(tp_getitem));
    FILL(tp_setitem, slot_tp_setitem, S_SETITEM, S_DELITEM, BASE(tp_setitem));
    FILL(tp_contains, slot_tp_contains, S_CONTAINS, -1, BASE(tp_contains));
    FILL(tp_iter, slot_tp_iter, S_ITER, -1, BASE(tp_iter));
    FILL(tp_iternext, slot_tp_iternext, S_NEXT, -1, BASE(tp_iternext));
    FILL(tp_call, slot_tp_call, S_CALL, -1, BASE(tp_call));
    FILL(tp_getattro, slot_tp_getattr_hook, S_GETATTR, -1, _PyInstance_GetAttr);
    FILL(nb_add, slot_nb_add, S_ADD, S_RADD, BASE(nb_add));
    FILL(nb_subtract, slot_nb_subtract, S_SUB, S_RSUB, BASE(nb_subtract));
    FILL(nb_multiply, slot_nb_multiply, S_MUL, S_RMUL, BASE(nb_multiply));
    FILL(nb_floor_divide, slot_nb_floor_divide, S_FLOORDIV, S_RFLOORDIV,
         BASE(nb_floor_divide));
    FILL(nb_remainder, slot_nb_remainder, S_MOD, S_RMOD, BASE(nb_remainder));
    FILL(nb_inplace_add, slot_nb_inplace_add, S_IADD, -1, BASE(nb_inplace_add));
    FILL(nb_inplace_multiply, slot_nb_inplace_multiply, S_IMUL, -1,
         BASE(nb_inplace_multiply));
    FILL(nb_negative, slot_nb_negative, S_NEG, -1, BASE(nb_negative));
    FILL(nb_positive, slot_nb_positive, S_POS, -1, BASE(nb_positive));
    /* ==, !=, <, ... share one slot; the hash goes with them. */
    bool compares = false;
    for (int m = S_LT; m <= S_GE; m++)
        compares = compares || defines(type, m);
    if (compares)
        type->tp_richcompare = slot_tp_richcompare;
    else if (type->tp_richcompare == slot_tp_richcompare)
        type->tp_richcompare = BASE(tp_richcompare);
    PyObject *hash = _PyType_Lookup(type, name_of(S_HASH));
    if (hash == Py_None)
        type->tp_hash = slot_tp_unhashable;
    else if (hash != NULL)
        type->tp_hash = slot_tp_hash;
    else if (type->tp_hash == slot_tp_hash ||
             type->tp_hash == slot_tp_unhashable)
        type->tp_hash = BASE(tp_hash);
    return PyErr_Occurred() ? -1 : 0;
}
#undef FILL
#undef BASE

/* A class body that defines __eq__ but not __hash__ gets __hash__ =
   None: its instances are unhashable (CPython's type_new). */
int
_PyType_SetHashNone(PyObject *namespace)
{
    PyObject *eq = name_of(S_EQ), *hash = name_of(S_HASH);
    if (eq == NULL || hash == NULL)
        return -1;
    if (PyDict_GetItemWithError(namespace, eq) == NULL ||
        PyDict_GetItemWithError(namespace, hash) != NULL)
        return PyErr_Occurred() ? -1 : 0;
    return PyDict_SetItem(namespace, hash, Py_None);
}

/* Is name one of the special methods (so that assigning it to a class
   must update the slots)? */
bool
_PyType_IsSlotName(PyObject *name)
{
    const char *text = PyUnicode_AsUTF8(name);
    for (int i = 0; i < S_COUNT; i++)
        if (strcmp(text, slot_names[i]) == 0)
            return true;
    return false;
}
