#ifndef MINIPY_CLASSOBJECT_H
#define MINIPY_CLASSOBJECT_H

#include "dictobject.h"
#include "instanceobject.h"

/* A class made by a class statement is a type allocated on the heap. */
typedef struct {
    PyTypeObject ht_type;
    PyObject *ht_name;
    PyObject *ht_qualname;
    PyObject *ht_mro;   /* __mro__ as a tuple it keeps, or NULL */
    PyObject *ht_bases; /* __bases__ likewise */
} PyHeapTypeObject;

#define PyType_Check(op) PyType_IsSubtype(Py_TYPE(op), &PyType_Type)

PyObject *_PyType_FromClassBody(PyObject *name, PyObject *qualname,
                                PyTypeObject *base, PyObject *namespace);
/* class_parts.c: what a class holds besides its namespace and base.
   Nothing until chapter 5; then its __mro__ and __bases__ tuples and
   the descriptors of its instances' __dict__ and __weakref__, as
   CPython's classes hold, which put every class in a cycle. */
int _PyType_AddClassParts(PyTypeObject *type);
/* typeobject.c: C.__mro__ and C.__bases__, the kept ones or new ones */
PyObject *_PyType_Mro(PyTypeObject *type);
PyObject *_PyType_Bases(PyTypeObject *type);
void _PyType_FiniClassParts(void); /* chapter 5: at the end of the teardown */
/* instance.c, instance_alloc.c */
PyObject *_PyInstance_GetDict(PyObject *self); /* obj.__dict__ */
void _PyInstance_InitType(PyTypeObject *type, PyTypeObject *base);
PyObject *_PyInstance_GetAttr(PyObject *self, PyObject *name);
int _PyInstance_SetAttr(PyObject *self, PyObject *name, PyObject *value);
int _PyInstance_Traverse(PyObject *self, visitproc visit, void *arg);
void _PyInstance_Clear(PyObject *self); /* its attributes, not its class */
PyObject *_PyInstance_New(PyTypeObject *type);
void _PyInstance_Dealloc(PyObject *self);
/* Where an instance's attributes are: its own table, or its __dict__'s. */
DictTable *_PyInstance_Table(PyObject *self);
int _PyInstance_SetDict(PyObject *self, PyObject *value);

/* slots.c: a class's special methods fill its type's slots. */
int _PyType_UpdateSlots(PyTypeObject *type);
int _PyType_SetHashNone(PyObject *namespace);
bool _PyType_IsSlotName(PyObject *name);
void _PyType_SlotsFini(void);
PyObject *_PyInstance_Call(PyTypeObject *type, PyObject *const *args,
                           Py_ssize_t nargs, PyObject *kwnames);

int PyType_Ready(PyTypeObject *type);
void _PyType_Fini(PyTypeObject *type);

#endif
