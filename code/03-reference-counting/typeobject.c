/* type and object; classes made by class statements and their instances. */
#include "classobject.h"

#include "abstract.h"
#include "errors.h"
#include "funcobject.h"
#include "interp.h"
#include "methodobject.h"
#include "tupleobject.h"
#include "unicodeobject.h"

#include <string.h>

int
PyType_IsSubtype(PyTypeObject *a, PyTypeObject *b)
{
    for (; a != NULL; a = a->tp_base)
        if (a == b)
            return 1;
    return 0;
}

/* Find name in a type or its bases, nearest first (single inheritance
   makes the method resolution order a simple chain).  Borrowed. */
PyObject *
_PyType_Lookup(PyTypeObject *type, PyObject *name)
{
    Py_hash_t hash = PyObject_Hash(name);
    for (; type != NULL; type = type->tp_base) {
        if (type->tp_dict == NULL)
            continue;
        PyObject *found =
            dicttable_get(&((PyDictObject *)type->tp_dict)->table, name, hash);
        if (found != NULL)
            return found;
    }
    return NULL;
}

/* What obj.attr gives when attr was found in obj's type: functions and
   methods of builtin types are bound to obj; anything else as it is. */
PyObject *
_PyObject_Bind(PyObject *attr, PyObject *self)
{
    if (PyFunction_Check(attr))
        return PyMethod_New(attr, self);
    if (PyMethodDescr_Check(attr))
        return PyCFunction_New(((PyMethodDescrObject *)attr)->d_method, self);
    return Py_NewRef(attr);
}

/* Copy what a type leaves undefined from its base.  The hash goes with
   the comparison: a type that defines == without a hash is unhashable. */
static void
inherit_slots(PyTypeObject *type, PyTypeObject *base)
{
#define INHERIT(slot)                                                          \
    if (type->slot == NULL)                                                    \
    type->slot = base->slot
    INHERIT(tp_dealloc);
    INHERIT(tp_repr);
    INHERIT(tp_str);
    if (type->tp_richcompare == NULL && type->tp_hash == NULL) {
        type->tp_richcompare = base->tp_richcompare;
        type->tp_hash = base->tp_hash;
    }
    INHERIT(tp_bool);
    INHERIT(tp_len);
    INHERIT(tp_getitem);
    INHERIT(tp_setitem);
    INHERIT(tp_contains);
    INHERIT(nb_add);
    INHERIT(nb_subtract);
    INHERIT(nb_multiply);
    INHERIT(nb_floor_divide);
    INHERIT(nb_remainder);
    INHERIT(nb_inplace_add);
    INHERIT(nb_inplace_multiply);
    INHERIT(nb_negative);
    INHERIT(nb_positive);
    INHERIT(tp_getattro);
    INHERIT(tp_setattro);
    INHERIT(tp_call);
    INHERIT(tp_iter);
    INHERIT(tp_iternext);
#undef INHERIT
    if (type->tp_basicsize == 0)
        type->tp_basicsize = base->tp_basicsize;
}

/* Prepare a type for use: inherit from its base, and give a builtin type
   a dict of its methods so attribute lookup finds them. */
int
PyType_Ready(PyTypeObject *type)
{
    if (type->tp_base == NULL && type != &PyBaseObject_Type)
        type->tp_base = &PyBaseObject_Type; /* every type derives object */
    if (type->tp_base != NULL)
        inherit_slots(type, type->tp_base);
    if (type->tp_dict == NULL) {
        type->tp_dict = PyDict_New();
        if (type->tp_dict == NULL)
            return -1;
    }
    for (PyMethodDef *ml = type->tp_methods; ml && ml->ml_name; ml++) {
        PyObject *descr = PyDescr_NewMethod(type, ml);
        if (descr == NULL ||
            PyDict_SetItemString(type->tp_dict, ml->ml_name, descr) < 0) {
            Py_XDECREF(descr);
            return -1;
        }
        Py_DECREF(descr);
    }
    return 0;
}

/* At exit: a builtin type lets go of its dict. */
void
_PyType_Fini(PyTypeObject *type)
{
    Py_CLEAR(type->tp_dict);
}

static bool
is_heap_type(PyTypeObject *type)
{
    return (type->tp_flags & Py_TPFLAGS_HEAPTYPE) != 0;
}

/* ---- object ---- */

static PyObject *
object_repr(PyObject *self)
{
    PyTypeObject *type = Py_TYPE(self);
    if (is_heap_type(type))
        return PyUnicode_FromFormat(
            "<__main__.%s object at %p>",
            PyUnicode_AsUTF8(((PyHeapTypeObject *)type)->ht_qualname),
            (void *)self);
    return PyUnicode_FromFormat("<%s object at %p>", type->tp_name,
                                (void *)self);
}

static void
object_dealloc(PyObject *self)
{
    PyObject_Del(self);
}

static PyObject *
object_new(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs)
{
    (void)args;
    if (nargs != 0) {
        PyErr_Format(EXC_TYPE, "object() takes no arguments");
        return NULL;
    }
    return _PyObject_New(type);
}

PyTypeObject PyBaseObject_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "object",
    .tp_basicsize = sizeof(PyObject),
    .tp_flags = Py_TPFLAGS_BASETYPE,
    .tp_dealloc = object_dealloc,
    .tp_repr = object_repr,
    .tp_hash = _Py_HashPointer,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_new = object_new,
};

/* ---- instances of classes ---- */

static PyObject *
instance_getattro(PyObject *self, PyObject *name)
{
    PyInstanceObject *op = (PyInstanceObject *)self;
    Py_hash_t hash = PyObject_Hash(name);
    PyObject *value = dicttable_get(&op->attrs, name, hash);
    if (value != NULL)
        return Py_NewRef(value);
    PyObject *found = _PyType_Lookup(Py_TYPE(self), name);
    if (found != NULL)
        return _PyObject_Bind(found, self);
    if (_PyUnicode_EqualToASCII(name, "__class__"))
        return Py_NewRef((PyObject *)Py_TYPE(self));
    PyErr_Format(EXC_ATTRIBUTE, "'%s' object has no attribute '%s'",
                 Py_TYPE(self)->tp_name, PyUnicode_AsUTF8(name));
    return NULL;
}

static int
instance_setattro(PyObject *self, PyObject *name, PyObject *value)
{
    PyInstanceObject *op = (PyInstanceObject *)self;
    int special = _PyInstance_SetSpecial(self, name, value);
    if (special <= 0)
        return special;
    Py_hash_t hash = PyObject_Hash(name);
    if (value != NULL)
        return dicttable_set(&op->attrs, name, hash, value);
    int status = dicttable_del(&op->attrs, name, hash);
    if (status == 1) {
        PyErr_Format(EXC_ATTRIBUTE, "'%s' object has no attribute '%s'",
                     Py_TYPE(self)->tp_name, PyUnicode_AsUTF8(name));
        return -1;
    }
    return status;
}

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

/* Run __del__ on an object whose count just reached zero.  The object
   is brought back to life for the call (count 1); if the call leaves
   references to it somewhere, it stays alive, "resurrected". */
static bool
call_finalizer(PyObject *self, PyObject *del)
{
    Py_INCREF(self); /* from 0: back to life while __del__ runs */
    run_del(self, del);
    return _Py_DecrefIsLast(self);
}

/* Run an instance's __del__ now, before its count reaches zero (at
   exit, while the module's names are still bound).  It will not run
   again when the object is freed. */
void
_PyInstance_Finalize(PyObject *self)
{
    PyInstanceObject *op = (PyInstanceObject *)self;
    if (op->finalized)
        return;
    PyObject *del = _PyType_Lookup(Py_TYPE(self), interp.id_del);
    if (del == NULL)
        return;
    op->finalized = true;
    Py_INCREF(self);
    run_del(self, del);
    Py_DECREF(self);
}

/* An instance owns a reference to its class.  Its __del__, if the class
   has one, runs first, once in the object's life: an object resurrected
   by its __del__ is freed without it the next time. */
static void
instance_dealloc(PyObject *self)
{
    PyTypeObject *type = Py_TYPE(self);
    PyInstanceObject *op = (PyInstanceObject *)self;
    PyObject *del = op->finalized ? NULL : _PyType_Lookup(type, interp.id_del);
    if (del != NULL) {
        op->finalized = true;
        if (!call_finalizer(self, del))
            return; /* resurrected */
    }
    dicttable_clear(&((PyInstanceObject *)self)->attrs);
    PyObject_Del(self);
    Py_DECREF((PyObject *)type);
}

static PyObject *
instance_new(PyTypeObject *type)
{
    PyInstanceObject *op = (PyInstanceObject *)_PyObject_New(type);
    if (op == NULL)
        return NULL;
    Py_INCREF((PyObject *)type);
    dicttable_init(&op->attrs);
    op->finalized = false;
    return (PyObject *)op;
}

/* A() makes an instance and runs __init__ on it with the arguments. */
static PyObject *
instantiate(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    PyObject *init = _PyType_Lookup(type, interp.id_init);
    if (init == NULL && (nargs > 0 || kwnames != NULL)) {
        PyErr_Format(EXC_TYPE, "%s() takes no arguments", type->tp_name);
        return NULL;
    }
    PyObject *self = instance_new(type);
    if (self == NULL || init == NULL)
        return self;
    PyObject *result = _PyObject_CallPrepend(init, self, args, nargs, kwnames);
    if (result != NULL && result != Py_None) {
        PyErr_Format(EXC_TYPE, "__init__() should return None, not '%s'",
                     Py_TYPE(result)->tp_name);
        Py_CLEAR(result);
    }
    if (result == NULL) {
        Py_DECREF(self);
        return NULL;
    }
    Py_DECREF(result);
    return self;
}

PyObject *
_PyType_FromClassBody(PyObject *name, PyObject *qualname, PyTypeObject *base,
                      PyObject *namespace)
{
    if (base != &PyBaseObject_Type && !is_heap_type(base)) {
        _PyErr_SetBadBase((PyObject *)base);
        return NULL;
    }
    PyHeapTypeObject *ht = (PyHeapTypeObject *)_PyObject_New(&PyType_Type);
    if (ht == NULL)
        return NULL;
    PyTypeObject *type = &ht->ht_type;
    memset((char *)type + sizeof(PyObject), 0,
           sizeof(PyHeapTypeObject) - sizeof(PyObject));
    ht->ht_name = Py_NewRef(name);
    ht->ht_qualname = Py_NewRef(qualname);
    type->tp_name = PyUnicode_AsUTF8(name);
    type->tp_flags = Py_TPFLAGS_HEAPTYPE | Py_TPFLAGS_BASETYPE;
    type->tp_basicsize = sizeof(PyInstanceObject);
    type->tp_dealloc = instance_dealloc;
    type->tp_getattro = instance_getattro;
    type->tp_setattro = instance_setattro;
    type->tp_base = (PyTypeObject *)Py_NewRef((PyObject *)base);
    type->tp_dict = Py_NewRef(namespace);
    if (PyType_Ready(type) < 0) {
        Py_DECREF((PyObject *)type);
        return NULL;
    }
    return (PyObject *)type;
}

/* ---- type ---- */

static void
type_dealloc(PyObject *self)
{
    PyHeapTypeObject *ht = (PyHeapTypeObject *)self;
    Py_XDECREF(ht->ht_type.tp_dict);
    Py_XDECREF((PyObject *)ht->ht_type.tp_base);
    Py_XDECREF(ht->ht_name);
    Py_XDECREF(ht->ht_qualname);
    PyObject_Del(self);
}

static PyObject *
type_repr(PyObject *self)
{
    PyTypeObject *type = (PyTypeObject *)self;
    if (is_heap_type(type))
        return PyUnicode_FromFormat(
            "<class '__main__.%s'>",
            PyUnicode_AsUTF8(((PyHeapTypeObject *)type)->ht_qualname));
    return PyUnicode_FromFormat("<class '%s'>", type->tp_name);
}

static PyObject *
type_call(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
          PyObject *kwnames)
{
    PyTypeObject *type = (PyTypeObject *)self;
    if (type == &PyType_Type) {
        if (nargs == 1 && kwnames == NULL)
            return Py_NewRef((PyObject *)Py_TYPE(args[0]));
        PyErr_Format(EXC_NOT_IMPLEMENTED,
                     "minipy's type() takes exactly one argument");
        return NULL;
    }
    if (is_heap_type(type))
        return instantiate(type, args, nargs, kwnames);
    if (kwnames != NULL) {
        PyErr_Format(EXC_TYPE, "%s() takes no keyword arguments",
                     type->tp_name);
        return NULL;
    }
    if (type->tp_new == NULL) {
        PyErr_Format(EXC_TYPE, "cannot create '%s' instances", type->tp_name);
        return NULL;
    }
    return type->tp_new(type, args, nargs);
}

static PyObject *
type_getattro(PyObject *self, PyObject *name)
{
    PyTypeObject *type = (PyTypeObject *)self;
    PyObject *found = _PyType_Lookup(type, name);
    if (found != NULL)
        return Py_NewRef(found);
    if (_PyUnicode_EqualToASCII(name, "__name__"))
        return is_heap_type(type)
                   ? Py_NewRef(((PyHeapTypeObject *)type)->ht_name)
                   : PyUnicode_FromString(type->tp_name);
    PyErr_Format(EXC_ATTRIBUTE, "type object '%s' has no attribute '%s'",
                 type->tp_name, PyUnicode_AsUTF8(name));
    return NULL;
}

static int
type_setattro(PyObject *self, PyObject *name, PyObject *value)
{
    PyTypeObject *type = (PyTypeObject *)self;
    if (!is_heap_type(type)) {
        PyErr_Format(EXC_TYPE,
                     "cannot set '%s' attribute of immutable type '%s'",
                     PyUnicode_AsUTF8(name), type->tp_name);
        return -1;
    }
    if (value != NULL)
        return PyDict_SetItem(type->tp_dict, name, value);
    if (PyDict_GetItemWithError(type->tp_dict, name) == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(EXC_ATTRIBUTE,
                         "type object '%s' has no attribute "
                         "'%s'",
                         type->tp_name, PyUnicode_AsUTF8(name));
        return -1;
    }
    return PyDict_DelItem(type->tp_dict, name);
}

PyTypeObject PyType_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "type",
    .tp_basicsize = sizeof(PyHeapTypeObject),
    .tp_dealloc = type_dealloc,
    .tp_repr = type_repr,
    .tp_call = type_call,
    .tp_getattro = type_getattro,
    .tp_setattro = type_setattro,
    .tp_base = &PyBaseObject_Type,
};
