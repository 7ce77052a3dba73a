/* Instances of the classes that class statements make: their attributes,
   and calling a class to make one. */
#include "classobject.h"

#include "abstract.h"
#include "errors.h"
#include "exceptions.h"
#include "interp.h"
#include "unicodeobject.h"

DictTable *
_PyInstance_Table(PyObject *self)
{
    PyInstanceObject *op = (PyInstanceObject *)self;
    return op->dict != NULL ? &((PyDictObject *)op->dict)->table : &op->attrs;
}

/* obj.__dict__: the attributes move out of the object into a dict of
   their own, which the object keeps from then on.  CPython 3.13 does the
   same the first time a script asks (_PyObject_MaterializeManagedDict in
   Objects/dictobject.c), and the dict it makes shares the object's
   values: they stay the object's to visit, and the object's to store
   into.  Ours is marked embedded_in the object, and acts so. */
PyObject *
_PyInstance_GetDict(PyObject *self)
{
    PyInstanceObject *op = (PyInstanceObject *)self;
    if (op->dict == NULL) {
        PyObject *dict = PyDict_New();
        if (dict == NULL)
            return NULL;
        PyObject *key, *value;
        Py_ssize_t pos = 0;
        while (dicttable_next(&op->attrs, &pos, &key, &value)) {
            if (PyDict_SetItem(dict, key, value) < 0) {
                Py_DECREF(dict);
                return NULL;
            }
        }
        op->dict = dict;
        /* an exception's dict is an ordinary one, as BaseException's
           __dict__ slot is in CPython */
        op->dict_own = !PyExceptionInstance_Check(self);
        if (op->dict_own)
            ((PyDictObject *)dict)->embedded_in = self;
        dicttable_clear(&op->attrs);
    }
    return Py_NewRef(op->dict);
}

/* The dict that obj.__dict__ made, if op still has it. */
static PyDictObject *
own_dict(PyInstanceObject *op)
{
    return op->dict_own ? (PyDictObject *)op->dict : NULL;
}

/* op lets go of its dict: a dict obj.__dict__ made, if it lives on,
   becomes one like any other (CPython's detach_dict_from_object; it
   stays untracked).  At chapter 1's exit, when every object goes in one
   sweep, the dict may be gone already, and nothing outlives anything. */
static void
drop_dict(PyInstanceObject *op)
{
    PyDictObject *own = own_dict(op);
    if (own != NULL && _PyObject_OutlivesRelease((PyObject *)own))
        own->embedded_in = NULL;
    op->dict_own = false;
    Py_CLEAR(op->dict);
}

/* obj.__dict__ = d makes d the attributes; del obj.__dict__ leaves none. */
int
_PyInstance_SetDict(PyObject *self, PyObject *value)
{
    PyInstanceObject *op = (PyInstanceObject *)self;
    if (value != NULL)
        Py_INCREF(value);
    drop_dict(op);
    op->dict = value;
    dicttable_clear(&op->attrs);
    return 0;
}

PyObject *
_PyInstance_GetAttr(PyObject *self, PyObject *name)
{
    Py_hash_t hash = PyObject_Hash(name);
    PyObject *value = dicttable_get(_PyInstance_Table(self), name, hash);
    if (value != NULL)
        return Py_NewRef(value);
    PyObject *found = _PyType_Lookup(Py_TYPE(self), name);
    if (found != NULL)
        return _PyObject_Bind(found, self);
    if (_PyUnicode_EqualToASCII(name, "__class__"))
        return Py_NewRef((PyObject *)Py_TYPE(self));
    if (_PyUnicode_EqualToASCII(name, "__dict__"))
        return _PyInstance_GetDict(self);
    /* minipy has no weak references: none points to any object */
    if (_PyUnicode_EqualToASCII(name, "__weakref__") &&
        (Py_TYPE(self)->tp_flags & Py_TPFLAGS_HEAPTYPE))
        return Py_NewRef(Py_None);
    PyErr_Format(EXC_ATTRIBUTE, "'%s' object has no attribute '%s'",
                 Py_TYPE(self)->tp_name, PyUnicode_AsUTF8(name));
    _PyErr_SetAttributeError(self, name);
    return NULL;
}

int
_PyInstance_SetAttr(PyObject *self, PyObject *name, PyObject *value)
{
    PyInstanceObject *op = (PyInstanceObject *)self;
    int special = _PyInstance_SetSpecial(self, name, value);
    if (special <= 0)
        return special; /* __class__ or __dict__: done, or an error */
    PyDictObject *own = own_dict(op);
    if (value != NULL && op->dict != NULL && own == NULL)
        return PyDict_SetItem(op->dict, name, value);
    Py_hash_t hash = PyObject_Hash(name);
    if (value != NULL) /* into the object's own table, even in a dict */
        return dicttable_set(own ? &own->table : &op->attrs, name, hash, value);
    int status = dicttable_del(_PyInstance_Table(self), name, hash);
    if (status == 1) {
        PyErr_Format(EXC_ATTRIBUTE, "'%s' object has no attribute '%s'",
                     Py_TYPE(self)->tp_name, PyUnicode_AsUTF8(name));
        return -1;
    }
    return status;
}

/* The built-in class whose instances a class's look like: object, or
   an exception class (whose own makes them, keeping the arguments). */
static PyTypeObject *
builtin_base(PyTypeObject *type)
{
    while (type->tp_flags & Py_TPFLAGS_HEAPTYPE)
        type = type->tp_base;
    return type;
}

/* A() makes an instance and runs __init__ on it with the arguments. */
PyObject *
_PyInstance_Call(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs,
                 PyObject *kwnames)
{
    PyObject *init = _PyType_Lookup(type, interp.id_init);
    if (init == NULL && (nargs > 0 || kwnames != NULL)) {
        PyErr_Format(EXC_TYPE, "%s() takes no arguments", type->tp_name);
        return NULL;
    }
    PyTypeObject *base = builtin_base(type);
    PyObject *self = base == &PyBaseObject_Type
                         ? _PyInstance_New(type)
                         : base->tp_new(type, args, nargs);
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

/* Each attribute's value (the names are str, which hold nothing), in
   the dict obj.__dict__ made too, or else the dict obj.__dict__ = d
   gave it; then the class: an instance owns a reference to it, and
   CPython's
   subtype_traverse (Objects/typeobject.c, 3.13) visits a heap type the
   same way, after the attributes.  (An exception of a built-in class
   has the layout of an instance, but its static class is not visited,
   as CPython's BaseException_traverse does not.) */
int
_PyInstance_Traverse(PyObject *self, visitproc visit, void *arg)
{
    PyInstanceObject *op = (PyInstanceObject *)self;
    PyDictObject *own = own_dict(op);
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (dicttable_next(own ? &own->table : &op->attrs, &pos, &key, &value))
        Py_VISIT(value);
    if (own == NULL)
        Py_VISIT(op->dict);
    if (Py_TYPE(self)->tp_flags & Py_TPFLAGS_HEAPTYPE)
        Py_VISIT((PyObject *)Py_TYPE(self));
    return 0;
}

/* Let go of what an instance holds, its class aside: its deallocator
   does this, and chapter 5's collector breaking a cycle. */
void
_PyInstance_Clear(PyObject *self)
{
    dicttable_clear(&((PyInstanceObject *)self)->attrs);
    drop_dict((PyInstanceObject *)self);
    if (PyExceptionInstance_Check(self))
        _PyExc_Clear(self);
}

/* A class made by a class statement makes instances of this layout, or
   of its base's when that is an exception class. */
void
_PyInstance_InitType(PyTypeObject *type, PyTypeObject *base)
{
    bool inherit = base->tp_dealloc == _PyInstance_Dealloc;
    type->tp_basicsize =
        inherit ? base->tp_basicsize : sizeof(PyInstanceObject);
    type->tp_dealloc = _PyInstance_Dealloc;
    type->tp_traverse = inherit ? base->tp_traverse : _PyInstance_Traverse;
    type->tp_getattro = inherit ? base->tp_getattro : _PyInstance_GetAttr;
    type->tp_setattro = inherit ? base->tp_setattro : _PyInstance_SetAttr;
}
