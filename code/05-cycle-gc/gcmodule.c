/* The gc module: what a script can ask of the collector and tell it
   (CPython's Modules/gcmodule.c, v3.13.0, gives the names, the results
   and the error messages). */
#include "gc.h"

#include "dictobject.h"
#include "errors.h"
#include "listobject.h"
#include "longobject.h"
#include "moduleobject.h"
#include "tupleobject.h"

#include "unicodeobject.h"

#define GC_FUNCTION(name)                                                      \
    static PyObject *name(PyObject *self, PyObject *const *args,               \
                          Py_ssize_t nargs, PyObject *kwnames)

/* How a function takes its arguments, for CPython's messages when it is
   given others: its METH_NOARGS and METH_O functions name themselves
   "gc.NAME()", its Argument Clinic ones "NAME()" (Modules/gcmodule.c
   and Modules/clinic/gcmodule.c.h, v3.13.0). */
enum { NO_ARGS, ONE_ARG, ANY_ARGS, GENERATION, THRESHOLDS };

static bool
check_args(const char *name, int style, Py_ssize_t nargs, PyObject *kwnames)
{
    Py_ssize_t nkw = kwnames != NULL ? Py_SIZE(kwnames) : 0;
    if (style == GENERATION) {
        if (nargs + nkw > 1)
            PyErr_Format(EXC_TYPE, "%s() takes at most 1 argument (%zd given)",
                         name, nargs + nkw);
        else if (nkw == 1 && !_PyUnicode_EqualToASCII(
                                 PyTuple_GET_ITEM(kwnames, 0), "generation"))
            PyErr_Format(EXC_TYPE,
                         "%s() got an unexpected keyword argument '%s'", name,
                         PyUnicode_AsUTF8(PyTuple_GET_ITEM(kwnames, 0)));
        else
            return true;
        return false;
    }
    if (nkw > 0)
        PyErr_Format(EXC_TYPE, "%s%s() takes no keyword arguments",
                     style == THRESHOLDS ? "" : "gc.", name);
    else if (style == NO_ARGS && nargs != 0)
        PyErr_Format(EXC_TYPE, "gc.%s() takes no arguments (%zd given)", name,
                     nargs);
    else if (style == ONE_ARG && nargs != 1)
        PyErr_Format(EXC_TYPE, "gc.%s() takes exactly one argument (%zd given)",
                     name, nargs);
    else if (style == THRESHOLDS && (nargs < 1 || nargs > 3))
        PyErr_Format(EXC_TYPE, "gc.%s requires 1 to 3 arguments", name);
    else
        return true;
    return false;
}

/* CPython calls its METH_VARARGS functions (set_threshold, get_referrers,
   get_referents) with their arguments in a new tuple (Objects/call.c,
   _PyObject_MakeTpCall, v3.13.0), and gen 0's count sees it: so do we
   (a tuple from its freelist, or a fresh one). */
static bool
pass_as_tuple(PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *tuple = _PyTuple_FromArray(args, nargs);
    Py_XDECREF(tuple);
    return tuple != NULL;
}

/* The first line of each function: its arguments are checked. */
#define ACCEPT(style)                                                          \
    (void)self, (void)args;                                                    \
    if (!check_args(__func__ + 3, (style), nargs, kwnames) ||                  \
        (((style) == ANY_ARGS || (style) == THRESHOLDS) &&                     \
         !pass_as_tuple(args, nargs)))                                         \
    return NULL

static PyObject *
int_tuple(const int *values, int n)
{
    PyObject *items[NUM_GENERATIONS] = {NULL};
    PyObject *tuple = NULL;
    for (int i = 0; i < n; i++)
        if ((items[i] = PyLong_FromLong(values[i])) == NULL)
            goto done;
    tuple = _PyTuple_FromArray(items, n);
done:
    for (int i = 0; i < n; i++)
        Py_XDECREF(items[i]);
    return tuple;
}

/* An int argument: true, or false with CPython's TypeError set. */
static bool
int_arg(PyObject *arg)
{
    if (PyLong_Check(arg))
        return true;
    PyErr_Format(EXC_TYPE, "'%s' object cannot be interpreted as an integer",
                 Py_TYPE(arg)->tp_name);
    return false;
}

/* A generation number from a script: 0, 1 or 2. */
static int
generation_arg(PyObject *arg, int *generation)
{
    if (!int_arg(arg))
        return -1;
    int64_t n = PyLong_AsLong(arg);
    if (n < INT32_MIN || n > INT32_MAX) { /* a C int, as "i" parses */
        PyErr_Format(EXC_OVERFLOW, "Python int too large to convert to C int");
        return -1;
    }
    if (n < 0 || n >= NUM_GENERATIONS) {
        PyErr_Format(EXC_VALUE, "invalid generation");
        return -1;
    }
    *generation = (int)n;
    return 0;
}

GC_FUNCTION(gc_collect)
{
    ACCEPT(GENERATION);
    int generation = NUM_GENERATIONS - 1;
    if (nargs + (kwnames != NULL) > 0 &&
        generation_arg(args[0], &generation) < 0)
        return NULL;
    return PyLong_FromLong(_PyGC_Collect(generation));
}

GC_FUNCTION(gc_get_count)
{
    ACCEPT(NO_ARGS);
    GCState *st = _PyGC_State();
    int counts[NUM_GENERATIONS];
    for (int i = 0; i < NUM_GENERATIONS; i++)
        counts[i] = st->generations[i].count;
    return int_tuple(counts, NUM_GENERATIONS);
}

GC_FUNCTION(gc_get_threshold)
{
    ACCEPT(NO_ARGS);
    GCState *st = _PyGC_State();
    int thresholds[NUM_GENERATIONS];
    for (int i = 0; i < NUM_GENERATIONS; i++)
        thresholds[i] = st->generations[i].threshold;
    return int_tuple(thresholds, NUM_GENERATIONS);
}

GC_FUNCTION(gc_set_threshold)
{
    ACCEPT(THRESHOLDS);
    GCState *st = _PyGC_State();
    for (Py_ssize_t i = 0; i < nargs; i++) {
        if (!int_arg(args[i]))
            return NULL;
        int64_t t = PyLong_AsLong(args[i]);
        if (t < INT32_MIN || t > INT32_MAX) { /* a C int, as "i" parses */
            PyErr_Format(EXC_OVERFLOW, "signed integer is %s",
                         t < 0 ? "less than minimum" : "greater than maximum");
            return NULL;
        }
    }
    for (Py_ssize_t i = 0; i < nargs; i++)
        st->generations[i].threshold = (int)PyLong_AsLong(args[i]);
    Py_RETURN_NONE;
}

GC_FUNCTION(gc_enable)
{
    ACCEPT(NO_ARGS);
    _PyGC_State()->enabled = true;
    Py_RETURN_NONE;
}

GC_FUNCTION(gc_disable)
{
    ACCEPT(NO_ARGS);
    _PyGC_State()->enabled = false;
    Py_RETURN_NONE;
}

GC_FUNCTION(gc_isenabled)
{
    ACCEPT(NO_ARGS);
    return PyBool_FromLong(_PyGC_State()->enabled);
}

GC_FUNCTION(gc_is_tracked)
{
    ACCEPT(ONE_ARG);
    return PyBool_FromLong(_PyObject_GC_IS_TRACKED(args[0]));
}

/* Append each object of a generation's list to result, but result. */
static int
append_objects(PyObject *result, PyGC_Head *list)
{
    for (PyGC_Head *g = (PyGC_Head *)list->_gc_next; g != list;
         g = (PyGC_Head *)g->_gc_next) {
        PyObject *op = _Py_FROM_GC(g);
        if (op != result && PyList_Append(result, op) < 0)
            return -1;
    }
    return 0;
}

GC_FUNCTION(gc_get_objects)
{
    ACCEPT(GENERATION);
    int first = 0, last = NUM_GENERATIONS - 1;
    if (nargs + (kwnames != NULL) > 0 && args[0] != Py_None) {
        if (!PyLong_Check(args[0])) {
            PyErr_Format(EXC_TYPE,
                         "argument should be integer or None, not '%s'",
                         Py_TYPE(args[0])->tp_name);
            return NULL;
        }
        /* -1 means None, as Argument Clinic reads it */
        int64_t n = PyLong_AsLong(args[0]);
        if (n >= NUM_GENERATIONS) {
            PyErr_Format(EXC_VALUE,
                         "generation parameter must be less than the number "
                         "of available generations (%d)",
                         NUM_GENERATIONS);
            return NULL;
        }
        if (n < -1) {
            PyErr_Format(EXC_VALUE, "generation parameter cannot be negative");
            return NULL;
        }
        if (n != -1)
            first = last = (int)n;
    }
    PyObject *result = PyList_New(0);
    for (int i = first; result != NULL && i <= last; i++)
        if (append_objects(result, _PyGC_Generation(i)) < 0)
            Py_CLEAR(result);
    return result;
}

typedef struct {
    PyObject *const *targets;
    Py_ssize_t ntargets;
    bool found;
} ReferrerSearch;

static int
visit_is_target(PyObject *op, void *arg)
{
    ReferrerSearch *search = arg;
    for (Py_ssize_t i = 0; i < search->ntargets; i++)
        if (op == search->targets[i])
            search->found = true;
    return search->found;
}

GC_FUNCTION(gc_get_referrers)
{
    ACCEPT(ANY_ARGS);
    PyObject *result = PyList_New(0);
    /* the three generations, not the permanent one (as 3.13) */
    for (int i = 0; result != NULL && i < NUM_GENERATIONS; i++) {
        PyGC_Head *list = _PyGC_Generation(i);
        for (PyGC_Head *g = (PyGC_Head *)list->_gc_next; g != list;
             g = (PyGC_Head *)g->_gc_next) {
            PyObject *op = _Py_FROM_GC(g);
            ReferrerSearch search = {args, nargs, false};
            if (op == result)
                continue;
            Py_TYPE(op)->tp_traverse(op, visit_is_target, &search);
            if (search.found && PyList_Append(result, op) < 0) {
                Py_CLEAR(result);
                break;
            }
        }
    }
    return result;
}

static int
visit_append(PyObject *op, void *arg)
{
    return PyList_Append(arg, op) < 0;
}

/* What op refers to, appended to result in the order CPython's
   tp_traverse visits it (Objects/listobject.c, tupleobject.c and
   dictobject.c, v3.13.0), where ours differs: a list or a tuple from
   its last item; a dict with a key that is not a str, each value then
   its key, str keys too (ours leaves str keys out always). */
static int
append_referents(PyObject *result, PyObject *op)
{
    Py_ssize_t start = Py_SIZE(result);
    if (PyDict_Check(op)) {
        PyObject *key, *value;
        Py_ssize_t pos = 0;
        bool all_str = true;
        while (all_str && PyDict_Next(op, &pos, &key, &value))
            all_str = PyUnicode_Check(key);
        for (pos = 0; !all_str && PyDict_Next(op, &pos, &key, &value);)
            if (PyList_Append(result, value) < 0 ||
                PyList_Append(result, key) < 0)
                return -1;
        if (!all_str)
            return 0;
    }
    if (Py_TYPE(op)->tp_traverse(op, visit_append, result) != 0)
        return -1;
    if (PyList_Check(op) || PyTuple_Check(op)) {
        PyObject **items = ((PyListObject *)result)->ob_item;
        for (Py_ssize_t i = start, j = Py_SIZE(result) - 1; i < j; i++, j--) {
            PyObject *t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }
    return 0;
}

GC_FUNCTION(gc_get_referents)
{
    ACCEPT(ANY_ARGS);
    PyObject *result = PyList_New(0);
    for (Py_ssize_t i = 0; result != NULL && i < nargs; i++)
        if (_PyObject_IS_GC(args[i]) && append_referents(result, args[i]) < 0)
            Py_CLEAR(result);
    return result;
}

/* Everything tracked moves to the permanent generation, which no
   collection looks at (for a program about to fork: CPython 3.7+). */
GC_FUNCTION(gc_freeze)
{
    ACCEPT(NO_ARGS);
    _PyGC_Freeze(true);
    Py_RETURN_NONE;
}

GC_FUNCTION(gc_unfreeze)
{
    ACCEPT(NO_ARGS);
    _PyGC_Freeze(false);
    Py_RETURN_NONE;
}

GC_FUNCTION(gc_get_freeze_count)
{
    ACCEPT(NO_ARGS);
    return PyLong_FromLong(_PyGC_ListSize(_PyGC_Generation(NUM_GENERATIONS)));
}

/* One dict a generation: its collections, and what they collected. */
GC_FUNCTION(gc_get_stats)
{
    ACCEPT(NO_ARGS);
    GCState *st = _PyGC_State();
    PyObject *result = PyList_New(0);
    for (int i = 0; result != NULL && i < NUM_GENERATIONS; i++) {
        const char *names[] = {"collections", "collected", "uncollectable"};
        Py_ssize_t values[] = {st->stats[i].collections, st->stats[i].collected,
                               st->stats[i].uncollectable};
        PyObject *d = PyDict_New();
        for (int k = 0; d != NULL && k < 3; k++) {
            PyObject *v = PyLong_FromLong(values[k]);
            if (v == NULL || PyDict_SetItemString(d, names[k], v) < 0)
                Py_CLEAR(d);
            Py_XDECREF(v);
        }
        if (d == NULL || PyList_Append(result, d) < 0)
            Py_CLEAR(result);
        Py_XDECREF(d);
    }
    return result;
}

static PyMethodDef gc_functions[] = {
    {"collect", gc_collect, 0, INT32_MAX, true},
    {"get_count", gc_get_count, 0, INT32_MAX, true},
    {"get_threshold", gc_get_threshold, 0, INT32_MAX, true},
    {"set_threshold", gc_set_threshold, 0, INT32_MAX, true},
    {"enable", gc_enable, 0, INT32_MAX, true},
    {"disable", gc_disable, 0, INT32_MAX, true},
    {"isenabled", gc_isenabled, 0, INT32_MAX, true},
    {"is_tracked", gc_is_tracked, 0, INT32_MAX, true},
    {"get_objects", gc_get_objects, 0, INT32_MAX, true},
    {"get_referrers", gc_get_referrers, 0, INT32_MAX, true},
    {"get_referents", gc_get_referents, 0, INT32_MAX, true},
    {"freeze", gc_freeze, 0, INT32_MAX, true},
    {"unfreeze", gc_unfreeze, 0, INT32_MAX, true},
    {"get_freeze_count", gc_get_freeze_count, 0, INT32_MAX, true},
    {"get_stats", gc_get_stats, 0, INT32_MAX, true},
    {NULL, NULL, 0, 0, false},
};

/* import gc: the functions, and the two lists the collector shares with
   the script, gc.garbage and gc.callbacks. */
PyObject *
_PyGC_CreateModule(void)
{
    GCState *st = _PyGC_State();
    PyObject *module = PyModule_New("gc", gc_functions);
    if (module == NULL)
        return NULL;
    if ((st->garbage == NULL && (st->garbage = PyList_New(0)) == NULL) ||
        (st->callbacks == NULL && (st->callbacks = PyList_New(0)) == NULL)) {
        Py_DECREF(module);
        return NULL;
    }
    PyObject *dict = ((PyModuleObject *)module)->md_dict;
    if (PyDict_SetItemString(dict, "garbage", st->garbage) < 0 ||
        PyDict_SetItemString(dict, "callbacks", st->callbacks) < 0) {
        Py_DECREF(module);
        return NULL;
    }
    return module;
}
