/* type and object, and the classes that class statements make. */
#include "classobject.h"

#include "abstract.h"
#include "errors.h"
#include "funcobject.h"
#include "interp.h"
#include "longobject.h"
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
   methods of builtin types are bound to obj, a descriptor says what it
   gives; anything else as it is. */
PyObject *
_PyObject_Bind(PyObject *attr, PyObject *self)
{
    if (Py_TYPE(attr)->tp_descr_get != NULL)
        return Py_TYPE(attr)->tp_descr_get(attr, self);
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
    INHERIT(nb_divmod);
    INHERIT(nb_power);
    INHERIT(nb_lshift);
    INHERIT(nb_rshift);
    INHERIT(nb_and);
    INHERIT(nb_xor);
    INHERIT(nb_or);
    INHERIT(nb_inplace_add);
    INHERIT(nb_inplace_multiply);
    INHERIT(nb_inplace_or);
    INHERIT(nb_negative);
    INHERIT(nb_positive);
    INHERIT(nb_absolute);
    INHERIT(nb_invert);
    INHERIT(tp_getattro);
    INHERIT(tp_setattro);
    INHERIT(tp_call);
    INHERIT(tp_vectorcall);
    INHERIT(tp_iter);
    INHERIT(tp_iternext);
#undef INHERIT
    if (type->tp_basicsize == 0)
        type->tp_basicsize = base->tp_basicsize;
}

/* A table of methods into the type's dict: each a descriptor that binds
   to the object it is looked up through, or, for a static method, a C
   function bound to the type itself. */
static int
add_methods(PyTypeObject *type, PyMethodDef *table, bool is_static)
{
    for (PyMethodDef *ml = table; ml && ml->ml_name; ml++) {
        PyObject *method = is_static ? PyCFunction_New(ml, (PyObject *)type)
                                     : PyDescr_NewMethod(type, ml);
        if (method == NULL ||
            PyDict_SetItemString(type->tp_dict, ml->ml_name, method) < 0) {
            Py_XDECREF(method);
            return -1;
        }
        Py_DECREF(method);
    }
    return 0;
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
    if (add_methods(type, type->tp_methods, false) < 0)
        return -1;
    return add_methods(type, type->tp_static_methods, true);
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

static PyMethodDef object_methods[] = {
    {"__sizeof__", _PyObject_SizeOf, 0, 0, false},
    {NULL, NULL, 0, 0, false},
};

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
    .tp_methods = object_methods,
};

PyObject *
_PyType_FromClassBody(PyObject *name, PyObject *qualname, PyTypeObject *base,
                      PyObject *namespace)
{
    if (base != &PyBaseObject_Type && !is_heap_type(base) &&
        base->tp_dealloc != _PyInstance_Dealloc) { /* an exception class */
        _PyErr_SetBadBase((PyObject *)base);
        return NULL;
    }
    if (_PyType_SetHashNone(namespace) < 0)
        return NULL;
    /* Every class has a __doc__ of its own, None without a docstring
       (CPython's type_new). */
    PyObject *doc = PyUnicode_InternFromString("__doc__");
    int status = doc == NULL ? -1 : 0;
    if (doc != NULL && PyDict_GetItemWithError(namespace, doc) == NULL)
        status =
            PyErr_Occurred() ? -1 : PyDict_SetItem(namespace, doc, Py_None);
    Py_XDECREF(doc);
    if (status < 0)
        return NULL;
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
    _PyInstance_InitType(type, base);
    type->tp_base = (PyTypeObject *)Py_NewRef((PyObject *)base);
    type->tp_dict = Py_NewRef(namespace);
    if (_PyType_UpdateSlots(type) < 0 || PyType_Ready(type) < 0 ||
        _PyType_AddClassParts(type) < 0) {
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
    Py_XDECREF(ht->ht_mro);
    Py_XDECREF(ht->ht_bases);
    PyObject_Del(self);
}

/* A class made by a class statement: its namespace, its __mro__ and
   __bases__ when it keeps them, and its base.  Its names are str, which
   hold nothing.  A builtin type is never freed and holds nothing the
   collector need see.  CPython's type_traverse (Objects/typeobject.c,
   3.13) is called for heap types only, and visits tp_dict, tp_mro,
   tp_bases and tp_base in this order among others, not the names. */
static int
type_traverse(PyObject *self, visitproc visit, void *arg)
{
    PyTypeObject *type = (PyTypeObject *)self;
    if (!is_heap_type(type))
        return 0;
    PyHeapTypeObject *ht = (PyHeapTypeObject *)type;
    Py_VISIT(type->tp_dict);
    Py_VISIT(ht->ht_mro);
    Py_VISIT(ht->ht_bases);
    Py_VISIT((PyObject *)type->tp_base);
    return 0;
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
        return _PyInstance_Call(type, args, nargs, kwnames);
    if (type->tp_vectorcall != NULL)
        return type->tp_vectorcall(self, args, nargs, kwnames);
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

/* C.__mro__: the class, its base, that one's base, ..., object. */
PyObject *
_PyType_Mro(PyTypeObject *type)
{
    if (is_heap_type(type) && ((PyHeapTypeObject *)type)->ht_mro != NULL)
        return Py_NewRef(((PyHeapTypeObject *)type)->ht_mro);
    Py_ssize_t n = 0;
    for (PyTypeObject *t = type; t != NULL; t = t->tp_base)
        n++;
    PyObject *mro = PyTuple_New(n);
    Py_ssize_t i = 0;
    for (PyTypeObject *t = type; mro != NULL && t != NULL; t = t->tp_base)
        PyTuple_SET_ITEM(mro, i++, Py_NewRef((PyObject *)t));
    return mro;
}

/* C.__bases__: one base in minipy, none for object. */
PyObject *
_PyType_Bases(PyTypeObject *type)
{
    if (is_heap_type(type) && ((PyHeapTypeObject *)type)->ht_bases != NULL)
        return Py_NewRef(((PyHeapTypeObject *)type)->ht_bases);
    PyObject *base = (PyObject *)type->tp_base;
    return base != NULL ? _PyTuple_FromArray(&base, 1) : PyTuple_New(0);
}

/* The attributes a type has as a type, which its namespace cannot hide:
   CPython's type_getsets (Objects/typeobject.c).  NULL without an
   error: not one of them. */
static PyObject *
type_own_attribute(PyTypeObject *type, PyObject *name)
{
    if (_PyUnicode_EqualToASCII(name, "__mro__"))
        return _PyType_Mro(type);
    if (_PyUnicode_EqualToASCII(name, "__bases__"))
        return _PyType_Bases(type);
    if (_PyUnicode_EqualToASCII(name, "__base__"))
        return Py_NewRef(type->tp_base ? (PyObject *)type->tp_base : Py_None);
    if (_PyUnicode_EqualToASCII(name, "__doc__")) {
        /* its own docstring, not a base's: CPython's type_new puts
           __doc__ in every class's namespace, None when it has none */
        PyObject *doc = PyDict_GetItemWithError(type->tp_dict, name);
        if (doc == NULL && PyErr_Occurred())
            return NULL;
        return Py_NewRef(doc != NULL ? doc : Py_None);
    }
    if (_PyUnicode_EqualToASCII(name, "__dict__"))
        PyErr_Format(EXC_NOT_IMPLEMENTED,
                     "minipy does not show a class's namespace (CPython's "
                     "%s.__dict__ is a mappingproxy)",
                     type->tp_name);
    return NULL;
}

static PyObject *
type_getattro(PyObject *self, PyObject *name)
{
    PyTypeObject *type = (PyTypeObject *)self;
    PyObject *own = type_own_attribute(type, name);
    if (own != NULL || PyErr_Occurred())
        return own;
    PyObject *found = _PyType_Lookup(type, name);
    if (found != NULL && _PyWrappedFunction_Check(found))
        return _PyWrappedFunction_Get(found, type);
    if (found != NULL)
        return Py_NewRef(found);
    if (_PyUnicode_EqualToASCII(name, "__class__"))
        return Py_NewRef((PyObject *)Py_TYPE(self)); /* its metaclass */
    if (_PyUnicode_EqualToASCII(name, "__name__"))
        return is_heap_type(type)
                   ? Py_NewRef(((PyHeapTypeObject *)type)->ht_name)
                   : PyUnicode_FromString(type->tp_name);

    if (_PyType_LacksCPythons(type, name)) {
        PyErr_Format(EXC_NOT_IMPLEMENTED, "minipy's %s has no '%s'",
                     type->tp_name, PyUnicode_AsUTF8(name));
        return NULL;
    }
    PyErr_Format(EXC_ATTRIBUTE, "type object '%s' has no attribute '%s'",
                 type->tp_name, PyUnicode_AsUTF8(name));
    _PyErr_SetAttributeError(self, name);
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
    int status;
    if (value != NULL) {
        status = PyDict_SetItem(type->tp_dict, name, value);
    } else if (PyDict_GetItemWithError(type->tp_dict, name) == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(EXC_ATTRIBUTE,
                         "type object '%s' has no attribute "
                         "'%s'",
                         type->tp_name, PyUnicode_AsUTF8(name));
        return -1;
    } else {
        status = PyDict_DelItem(type->tp_dict, name);
    }
    if (status == 0 && _PyType_IsSlotName(name))
        status = _PyType_UpdateSlots(type);
    return status;
}

/* type.__sizeof__ (CPython 3.13's type___sizeof___impl,
   Objects/typeobject.c): a built-in type is a PyTypeObject, 416 bytes;
   a class a PyHeapTypeObject, 928, and a class whose instances keep
   their attributes inline (one deriving object, not an exception) also
   owns the keys its instances share, a table of 64 slots for 42 str
   keys: 32 + 64 + 42 * 16 bytes (Include/internal/pycore_dict.h,
   NEXT_LOG2_SHARED_KEYS_MAX_SIZE). */
static PyObject *
type_sizeof(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    PyTypeObject *type = (PyTypeObject *)self;
    if (!is_heap_type(type))
        return PyLong_FromLong(416);
    PyTypeObject *base = type;
    while (is_heap_type(base))
        base = base->tp_base;
    bool inline_values = base == &PyBaseObject_Type;
    return PyLong_FromLong(928 + (inline_values ? 32 + 64 + 42 * 16 : 0));
}

static PyMethodDef type_methods[] = {
    {"__sizeof__", type_sizeof, 0, 0, false},
    {NULL, NULL, 0, 0, false},
};

PyTypeObject PyType_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "type",
    .tp_basicsize = sizeof(PyHeapTypeObject),
    .tp_dealloc = type_dealloc,
    .tp_traverse = type_traverse,
    .tp_repr = type_repr,
    .tp_call = type_call,
    .tp_getattro = type_getattro,
    .tp_setattro = type_setattro,
    .tp_methods = type_methods,
    .tp_base = &PyBaseObject_Type,
};
