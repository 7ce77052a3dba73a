/* What a class holds besides its namespace and its base, now that the
   collector can free cycles: what a CPython class holds (type_new in
   Objects/typeobject.c, 3.13).
   - Its __mro__, a tuple that starts with the class itself, and its
     __bases__, kept from the start.  The first puts every class in a
     cycle: `del C` frees no class by counting, only gc.collect() does.
   - When its base is a builtin one, descriptors in its namespace for
     what the base's objects lack: `__dict__` (the base is object) and
     `__weakref__` (object or an exception class).  Each holds the class.
   So an empty class is six objects to gc.collect(), as in 3.13: the
   class, its namespace, the two tuples and the two descriptors. */
#include "classobject.h"

#include "errors.h"
#include "unicodeobject.h"

/* getset_descriptor: an attribute its class computes for each object. */
typedef struct {
    PyObject_HEAD;
    PyTypeObject *d_type; /* the class whose objects have it */
    PyObject *d_name;     /* "__dict__" or "__weakref__" */
} GetSetDescrObject;

/* obj.__dict__ gives the instance's attributes as a dict; minipy has no
   weak references, so obj.__weakref__ is None, as for an object that
   no weak reference points to. */
static PyObject *
getset_get(PyObject *self, PyObject *obj)
{
    GetSetDescrObject *d = (GetSetDescrObject *)self;
    if (_PyUnicode_EqualToASCII(d->d_name, "__dict__"))
        return _PyInstance_GetDict(obj);
    return Py_NewRef(Py_None);
}

static PyObject *
getset_repr(PyObject *self)
{
    GetSetDescrObject *d = (GetSetDescrObject *)self;
    return PyUnicode_FromFormat("<attribute '%s' of '%s' objects>",
                                PyUnicode_AsUTF8(d->d_name),
                                d->d_type->tp_name);
}

static int
getset_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT((PyObject *)((GetSetDescrObject *)self)->d_type);
    return 0;
}

static void
getset_dealloc(PyObject *self)
{
    GetSetDescrObject *d = (GetSetDescrObject *)self;
    Py_XDECREF((PyObject *)d->d_type);
    Py_XDECREF(d->d_name);
    PyObject_Del(self);
}

static PyTypeObject PyGetSetDescr_Type = {
    PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "getset_descriptor",
    .tp_basicsize = sizeof(GetSetDescrObject),
    .tp_dealloc = getset_dealloc,
    .tp_traverse = getset_traverse,
    .tp_repr = getset_repr,
    .tp_descr_get = getset_get,
    .tp_cell_names = (const char *const[]){"__objclass__", NULL},
};

static bool descr_type_ready;

static int
add_descriptor(PyTypeObject *type, const char *name)
{
    if (!descr_type_ready) {
        if (PyType_Ready(&PyGetSetDescr_Type) < 0)
            return -1;
        descr_type_ready = true;
    }
    GetSetDescrObject *d = PyObject_New(GetSetDescrObject, &PyGetSetDescr_Type);
    if (d == NULL)
        return -1;
    d->d_type = (PyTypeObject *)Py_NewRef((PyObject *)type);
    d->d_name = PyUnicode_InternFromString(name);
    int status = d->d_name == NULL
                     ? -1
                     : PyDict_SetItem(type->tp_dict, d->d_name, (PyObject *)d);
    Py_DECREF((PyObject *)d);
    return status;
}

int
_PyType_AddClassParts(PyTypeObject *type)
{
    PyHeapTypeObject *ht = (PyHeapTypeObject *)type;
    if ((ht->ht_mro = _PyType_Mro(type)) == NULL ||
        (ht->ht_bases = _PyType_Bases(type)) == NULL)
        return -1;
    PyTypeObject *base = type->tp_base;
    if (base->tp_flags & Py_TPFLAGS_HEAPTYPE)
        return 0; /* the base has them already */
    if (base == &PyBaseObject_Type && add_descriptor(type, "__dict__") < 0)
        return -1;
    return add_descriptor(type, "__weakref__");
}

/* At the end of the teardown: the descriptors' type lets go of its
   namespace, as the builtin types do. */
void
_PyType_FiniClassParts(void)
{
    if (descr_type_ready)
        _PyType_Fini(&PyGetSetDescr_Type);
    descr_type_ready = false;
}
