/* How each container lets go of its references when the collector
   breaks a cycle: CPython's tp_clear functions.  They live beside their
   types in CPython; we gather them here, where the chapter that needs
   them shows them together.  Each leaves its object valid, and empty,
   for its tp_dealloc to free.  Tuples, bound methods, iterators, slices
   and cells need none: every cycle through one of them also runs
   through a list, a dict, an instance, a function, a class or a
   module. */
#include "gc.h"

#include "classobject.h"
#include "dictobject.h"
#include "funcobject.h"
#include "listobject.h"
#include "moduleobject.h"
#include "pymem.h"

static void
list_clear(PyObject *op)
{
    PyListObject *list = (PyListObject *)op;
    PyObject **items = list->ob_item;
    Py_ssize_t n = Py_SIZE(list);
    list->ob_item = NULL;
    Py_SIZE(list) = 0;
    list->allocated = 0;
    while (n-- > 0)
        Py_XDECREF(items[n]);
    PyObject_Free(items);
}

static void
dict_clear(PyObject *op)
{
    dicttable_clear(&((PyDictObject *)op)->table);
}

/* A class keeps its namespace, emptied, and its bases, as CPython's
   type_clear does: its instances may still look things up in it while
   they go.  Its __mro__, which holds the class, goes. */
static void
class_clear(PyObject *op)
{
    dict_clear(((PyTypeObject *)op)->tp_dict);
    Py_CLEAR(((PyHeapTypeObject *)op)->ht_mro);
}

static void
function_clear(PyObject *op)
{
    PyFunctionObject *func = (PyFunctionObject *)op;
    Py_CLEAR(func->func_globals);
    Py_CLEAR(func->func_builtins);
    Py_CLEAR(func->func_defaults);
    Py_CLEAR(func->func_kwdefaults);
    Py_CLEAR(func->func_closure);
}

static void
module_clear(PyObject *op)
{
    Py_CLEAR(((PyModuleObject *)op)->md_dict);
}

void
_PyGC_Clear(PyObject *op)
{
    PyTypeObject *type = Py_TYPE(op);
    if (type == &PyList_Type)
        list_clear(op);
    else if (type == &PyDict_Type)
        dict_clear(op);
    else if (type->tp_dealloc == _PyInstance_Dealloc) /* exceptions too */
        _PyInstance_Clear(op);
    else if (type == &PyType_Type)
        class_clear(op);
    else if (type == &PyFunction_Type)
        function_clear(op);
    else if (type == &PyModule_Type)
        module_clear(op);
}
