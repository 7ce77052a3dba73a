/* The interpreter's state: making it, loading a script, running it, and
   taking everything down again. */
#include "interp.h"

#include "builtins.h"
#include "classobject.h"
#include "dictobject.h"
#include "eval.h"
#include "figure.h"
#include "funcobject.h"
#include "iterobject.h"
#include "listobject.h"
#include "longobject.h"
#include "methodobject.h"
#include "moduleobject.h"
#include "parser.h"
#include "pymem.h"
#include "rangeobject.h"
#include "sliceobject.h"
#include "tupleobject.h"
#include "unicodeobject.h"

#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>

Interp interp;

extern PyTypeObject _PyNotImplemented_Type;

static PyTypeObject *const static_types[] = {
    &PyBaseObject_Type,  &PyType_Type,
    &PyNone_Type,        &_PyNotImplemented_Type,
    &PyLong_Type,        &PyBool_Type,
    &PyUnicode_Type,     &PyList_Type,
    &PyTuple_Type,       &PyDict_Type,
    &PyDictIter_Type,    &PyRange_Type,
    &PyRangeIter_Type,   &PySlice_Type,
    &PySeqIter_Type,     &PyFunction_Type,
    &PyMethod_Type,      &PyCFunction_Type,
    &PyMethodDescr_Type, &PyModule_Type,
};

#define NSTATIC (sizeof static_types / sizeof *static_types)

void
trace_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(interp.trace_out ? interp.trace_out : stderr, fmt, ap);
    va_end(ap);
}

/* __main__'s namespace starts with the names CPython puts there. */
static int
init_globals(const char *filename)
{
    PyObject *builtins_module = PyModule_New("builtins", NULL);
    if (builtins_module == NULL)
        return -1;
    interp.builtins = _PyBuiltins_Create();
    PyObject *file = NULL;
    char cwd[4096];
    if (filename[0] != '/' && getcwd(cwd, sizeof cwd) != NULL)
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
        for (size_t i = 0; status == 0 && i < sizeof names / sizeof *names; i++)
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
    interp.filename = filename;
    interp.recursion_limit = 1000;
    interp.c_stack_base = c_stack_base;
    interp.c_stack_size = c_stack_size;
    datastack_init(&interp.stack);
    arena_init(&interp.module.arena);
    for (size_t i = 0; i < NSTATIC; i++)
        if (PyType_Ready(static_types[i]) < 0)
            return -1;
    interp.id_init = PyUnicode_FromString("__init__");
    interp.id_main = PyUnicode_FromString("__main__");
    interp.id_del = PyUnicode_FromString("__del__");
    interp.modules = PyDict_New();
    if (interp.id_init == NULL || interp.id_main == NULL ||
        interp.id_del == NULL || interp.modules == NULL)
        return -1;
    return init_globals(filename);
}

/* Read the whole script.  -1 with errno set when it cannot be read. */
static char *
read_file(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    size_t cap = 1 << 16, len = 0;
    char *text = PyMem_RawMalloc(cap);
    for (size_t n;
         text != NULL && (n = fread(text + len, 1, cap - len - 1, f)) > 0;) {
        len += n;
        if (len + 1 == cap) {
            char *grown = PyMem_RawRealloc(text, cap *= 2);
            if (grown == NULL)
                PyMem_RawFree(text);
            text = grown;
        }
    }
    int error = ferror(f) ? errno : 0;
    fclose(f);
    if (text == NULL || error) {
        PyMem_RawFree(text);
        errno = error ? error : ENOMEM;
        return NULL;
    }
    text[len] = '\0';
    *size = len;
    return text;
}

/* Source must be UTF-8 without NUL bytes, as CPython requires. */
static int
check_encoding(const char *text, size_t size)
{
    const char *nul = memchr(text, '\0', size);
    if (nul != NULL) {
        int line = 1;
        for (const char *p = text; p < nul; p++)
            line += *p == '\n';
        PyErr_SyntaxAt(EXC_SYNTAX, line, 0,
                       "source code cannot contain null bytes");
        return -1;
    }
    int line = 1;
    for (size_t i = 0; i < size;) {
        uint32_t code;
        Py_ssize_t n = utf8_decode(text + i, (Py_ssize_t)(size - i), &code);
        if (n < 0) {
            PyErr_Format(EXC_SYNTAX,
                         "Non-UTF-8 code starting with '\\x%02x' "
                         "in file %s on line %d, but no encoding declared; "
                         "see https://peps.python.org/pep-0263/ for details",
                         (unsigned char)text[i], interp.filename, line);
            return -1;
        }
        line += text[i] == '\n';
        i += (size_t)n;
    }
    return 0;
}

int
interp_load(const char *path)
{
    size_t size = 0;
    interp.source = read_file(path, &size);
    if (interp.source == NULL && errno == ENOMEM)
        PyErr_NoMemory();
    if (interp.source == NULL)
        return errno == ENOMEM ? -1 : -2;
    const char *text = interp.source;
    if (size >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        text += 3; /* a UTF-8 byte order mark is allowed */
        size -= 3;
    }
    if (check_encoding(text, size) < 0)
        return -1;
    if (parse_module(&interp.module, text) < 0)
        return -1;
    interp.module_loaded = true;
    return 0;
}

int
interp_run(void)
{
    _Py_tracing_refs = interp.trace;
    int status = eval_module(interp.module.code, interp.globals);
    _Py_tracing_refs = false; /* the script's counts, not the teardown's */
    return status;
}

/* At exit, __main__'s namespace lets go of its values in the order the
   names were made, as CPython's does when its module is released (see
   the __del__ examples of chapter 3, measured against it).  Setting them
   to None first also breaks the loop between the namespace and the
   functions defined in it, which hold it as their globals. */
static void
clear_namespace(PyObject *dict)
{
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (PyDict_Next(dict, &pos, &key, &value)) {
        if (value == Py_None || _PyUnicode_EqualToASCII(key, "__builtins__"))
            continue;
        if (PyDict_SetItem(dict, key, Py_None) < 0)
            PyErr_Clear();
    }
}

/* The objects op refers to, pushed on the walk's stack (new references);
   false when there is no memory for them. */
static bool
push_referents(PyObject *op, PyObject ***stack, size_t *len, size_t *cap)
{
    DictTable *table = NULL;
    Py_ssize_t n = 0, pos = 0;
    PyObject **items = NULL, *key, *value;
    if (PyList_Check(op))
        items = ((PyListObject *)op)->ob_item, n = Py_SIZE(op);
    else if (PyTuple_Check(op))
        items = ((PyTupleObject *)op)->ob_item, n = Py_SIZE(op);
    else if (PyInstance_Check(op))
        table = &((PyInstanceObject *)op)->attrs;
    else if (PyDict_Check(op) ||
             (PyType_Check(op) && ((PyTypeObject *)op)->tp_dict != NULL))
        op = PyDict_Check(op) ? op : ((PyTypeObject *)op)->tp_dict;
    else
        return true;
    size_t more = (size_t)n + (items ? 0 : 2 * (size_t)PyDict_Size(op));
    if (table != NULL)
        more = 2 * (size_t)table->used;
    if (*len + more > *cap) {
        size_t grown_cap = 2 * (*cap + more);
        PyObject **grown = PyMem_RawRealloc(*stack, grown_cap * sizeof **stack);
        if (grown == NULL)
            return false;
        *stack = grown;
        *cap = grown_cap;
    }
    /* pushed last first, so that the walk takes them in order */
    size_t start = *len;
    for (Py_ssize_t i = 0; items != NULL && i < n; i++)
        (*stack)[(*len)++] = Py_NewRef(items[i]);
    while (items == NULL && (table ? dicttable_next(table, &pos, &key, &value)
                                   : PyDict_Next(op, &pos, &key, &value))) {
        (*stack)[(*len)++] = Py_NewRef(key);
        (*stack)[(*len)++] = Py_NewRef(value);
    }
    for (size_t i = start, j = *len; i < j--; i++) {
        PyObject *t = (*stack)[i];
        (*stack)[i] = (*stack)[j];
        (*stack)[j] = t;
    }
    return true;
}

/* Before any name goes, the __del__ of every object the namespace leads
   to runs, in the order a walk from its names reaches them, while every
   global is still bound.  CPython 3.13 frees __main__'s namespace at exit
   as cyclic garbage (its functions refer to it): Python/pylifecycle.c,
   finalize_modules, collects garbage before _PyModule_ClearDict clears
   any module still alive, and the collector finalizes all of a cycle's
   objects before it frees any. */
static void
finalize_namespace(PyObject *dict)
{
    PendingError saved = interp.error; /* the script's, still to report */
    memset(&interp.error, 0, sizeof interp.error);
    PyObject *seen = PyDict_New(), **stack = NULL;
    size_t len = 0, cap = 0;
    bool ok = seen != NULL && push_referents(dict, &stack, &len, &cap);
    while (len > 0) {
        PyObject *op = stack[--len];
        PyObject *address = ok ? PyLong_FromLong((intptr_t)op) : NULL;
        PyObject *found =
            address ? PyDict_GetItemWithError(seen, address) : NULL;
        int known = address == NULL || PyErr_Occurred() ? -1 : found != NULL;
        if (known == 0 && PyDict_SetItem(seen, address, Py_None) == 0) {
            if (PyInstance_Check(op))
                _PyInstance_Finalize(op);
            ok = push_referents(op, &stack, &len, &cap);
        }
        ok = ok && known >= 0;
        Py_XDECREF(address);
        Py_DECREF(op);
    }
    PyErr_Clear(); /* out of memory: the rest are finalized as they go */
    PyMem_RawFree(stack);
    Py_XDECREF(seen);
    PyErr_Clear();
    interp.error = saved;
}

/* Take everything down, by reference counting alone: the script's
   namespace, its code and constants, the builtins.  What is left alive
   is what refcounting cannot free: objects in reference cycles. */
size_t
interp_free(void)
{
    bool trace = interp.trace;
    interp.trace = false; /* the trace is the script's, not the teardown's */
    if (interp.globals != NULL) {
        finalize_namespace(interp.globals);
        clear_namespace(interp.globals);
    }
    Py_CLEAR(interp.globals);
    arena_free(&interp.module.arena);
    Py_CLEAR(interp.modules);
    Py_CLEAR(interp.builtins);
    Py_CLEAR(interp.id_init);
    Py_CLEAR(interp.id_main);
    Py_CLEAR(interp.id_del);
    for (size_t i = NSTATIC; i-- > 0;)
        _PyType_Fini(static_types[i]);
    datastack_free(&interp.stack);
    PyErr_Clear();
    PyMem_RawFree(interp.repr_stack);
    PyMem_RawFree(interp.source);
    PyMem_RawFree(interp.trash);
    interp.repr_stack = NULL;
    interp.source = NULL;
    interp.trash = NULL;
    if (trace)
        trace_printf("[exit] %zu objects still alive after the teardown\n",
                     interp.live_objects);
    return interp.live_objects;
}
