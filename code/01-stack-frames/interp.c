/* The interpreter's state, and making it. */
#include "interp.h"

#include "builtins.h"
#include "classobject.h"
#include "enumobject.h"
#include "exceptions.h"
#include "funcobject.h"
#include "iterobject.h"
#include "listobject.h"
#include "longobject.h"
#include "methodobject.h"
#include "rangeobject.h"
#include "sliceobject.h"
#include "tupleobject.h"
#include "dictobject.h"
#include "moduleobject.h"
#include "pymem.h"
#include "sysmodule.h"
#include "unicodeobject.h"
#include "cellobject.h"

#include <stdarg.h>
#include <string.h>
#include <unistd.h>

Interp interp;

extern PyTypeObject _PyNotImplemented_Type;

/* Readied at startup in this order, finalized in the reverse order. */
PyTypeObject *const _Py_StaticTypes[] = {
    &PyBaseObject_Type,
    &PyType_Type,
    &PyNone_Type,
    &_PyNotImplemented_Type,
    &PyLong_Type,
    &PyBool_Type,
    &PyUnicode_Type,
    &PyList_Type,
    &PyTuple_Type,
    &PyDict_Type,
    &PyDictIter_Type,
    &PyDictIterValue_Type,
    &PyDictIterItem_Type,
    &PyDictRevIterKey_Type,
    &PyDictRevIterValue_Type,
    &PyDictRevIterItem_Type,
    &PyDictKeys_Type,
    &PyDictValues_Type,
    &PyDictItems_Type,
    &PyRange_Type,
    &PyRangeIter_Type,
    &PySlice_Type,
    &PySeqIter_Type,
    &PyTupleIter_Type,
    &PyStrAsciiIter_Type,
    &PyStrIter_Type,
    &PyCallIter_Type,
    &PyListRevIter_Type,
    &PyEnum_Type,
    &PyReversed_Type,
    &PyZip_Type,
    &PyMap_Type,
    &PyFilter_Type,
    &PyFunction_Type,
    &PyCell_Type,
    &PyMethod_Type,
    &PyStaticMethod_Type,
    &PyClassMethod_Type,
    &PyCFunction_Type,
    &PyMethodDescr_Type,
    &PyModule_Type,
    NULL,
};

void
trace_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(interp.trace_out ? interp.trace_out : stderr, fmt, ap);
    va_end(ap);
}

/* __main__'s namespace starts with the names CPython puts there: a
   script's ends with __file__, its absolute path ("<stdin>" for one read
   from standard input), and __cached__.  -c's "<string>" and the prompt
   alone (NULL) have neither (CPython 3.13, Modules/main.c). */
static int
init_globals(const char *filename)
{
    PyObject *builtins_module = PyModule_New("builtins", NULL);
    if (builtins_module == NULL)
        return -1;
    interp.builtins = _PyBuiltins_Create();
    bool has_file = filename != NULL && strcmp(filename, "<string>") != 0;
    PyObject *file = NULL;
    char cwd[4096];
    if (!has_file)
        file = Py_NewRef(Py_None);
    else if (filename[0] != '/' && filename[0] != '<' &&
             getcwd(cwd, sizeof cwd) != NULL)
        file = PyUnicode_FromFormat("%s/%s", cwd, filename);
    else
        file = PyUnicode_FromString(filename);
    interp.globals = PyDict_New();
    PyObject *annotations = PyDict_New();
    int status = -1;
    if (interp.builtins != NULL && file != NULL && interp.globals != NULL &&
        annotations != NULL) {
        PyModuleObject *m = (PyModuleObject *)builtins_module;
        Py_SETREF(m->md_dict, Py_NewRef(interp.builtins));
        status = PyDict_SetItemString(interp.builtins, "__name__", m->md_name);
        const char *names[] = {"__name__",     "__doc__",  "__package__",
                               "__loader__",   "__spec__", "__annotations__",
                               "__builtins__", "__file__", "__cached__"};
        PyObject *values[] = {interp.id_main,  Py_None, Py_None,
                              Py_None,         Py_None, annotations,
                              builtins_module, file,    Py_None};
        size_t count = sizeof names / sizeof *names - (has_file ? 0 : 2);
        for (size_t i = 0; status == 0 && i < count; i++)
            status = PyDict_SetItemString(interp.globals, names[i], values[i]);
    }
    Py_XDECREF(file);
    Py_XDECREF(annotations);
    Py_DECREF(builtins_module);
    return status;
}

int
interp_init(const char *filename, char *c_stack_base, size_t c_stack_size)
{
    memset(&interp, 0, sizeof interp);
    interp.filename = filename ? filename : "<stdin>";
    interp.recursion_limit = 1000;
    interp.c_stack_base = c_stack_base;
    interp.c_stack_size = c_stack_size;
    datastack_init(&interp.stack);
    arena_init(&interp.module.arena);
    for (size_t i = 0; _Py_StaticTypes[i] != NULL; i++)
        if (PyType_Ready(_Py_StaticTypes[i]) < 0)
            return -1;
    interp.id_init = PyUnicode_InternFromString("__init__");
    interp.id_main = PyUnicode_InternFromString("__main__");
    interp.id_del = PyUnicode_InternFromString("__del__");
    interp.modules = PyDict_New();
    if (interp.id_init == NULL || interp.id_main == NULL ||
        interp.id_del == NULL || interp.modules == NULL || _PyExc_Init() < 0)
        return -1;
    return init_globals(filename);
}
