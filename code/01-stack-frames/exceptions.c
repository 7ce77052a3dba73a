/* The built-in exception classes and their objects (CPython's
   Objects/exceptions.c).  An exception raised from C is a kind and a
   message (errors.c); its object is made here when a script catches
   it. */
#include "exceptions.h"

#include "classobject.h"
#include "listobject.h"
#include "longobject.h"
#include "methodobject.h"
#include "pymem.h"
#include "tupleobject.h"
#include "unicodeobject.h"

#include <string.h>

static PyObject *spare_memory_error;

bool
PyExceptionClass_Check(PyObject *op)
{
    return PyType_Check(op) &&
           PyType_IsSubtype((PyTypeObject *)op, PyExc_Type(EXC_BASE_EXCEPTION));
}

bool
PyExceptionInstance_Check(PyObject *op)
{
    return PyType_IsSubtype(Py_TYPE(op), PyExc_Type(EXC_BASE_EXCEPTION));
}

ExcKind
_PyExc_KindOf(PyTypeObject *type)
{
    for (; type != NULL; type = type->tp_base)
        if (type >= _PyExc_Types && type < _PyExc_Types + EXC_NKINDS)
            return (ExcKind)(type - _PyExc_Types);
    return EXC_NONE;
}

PyObject *
_PyExc_New(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *tuple = _PyTuple_FromArray(args, nargs);
    if (tuple == NULL)
        return NULL;
    PyBaseExceptionObject *e = (PyBaseExceptionObject *)_PyInstance_New(type);
    if (e == NULL) {
        Py_DECREF(tuple);
        return NULL;
    }
    e->args = tuple;
    e->tb = NULL;
    e->tb_len = 0;
    e->cause = e->context = NULL;
    e->suppress_context = false;
    e->suggestion = NULL;
    if (_PyExc_KindOf(type) == EXC_SYSTEM_EXIT)
        ((PySystemExitObject *)e)->code = NULL;
    return (PyObject *)e;
}

PyObject *
_PyExc_FromMessage(ExcKind kind, const char *message)
{
    PyObject *text = NULL;
    if (message != NULL && *message != '\0' &&
        (text = PyUnicode_FromString(message)) == NULL)
        return NULL;
    PyObject *exc = _PyExc_New(PyExc_Type(kind), &text, text ? 1 : 0);
    Py_XDECREF(text);
    return exc;
}

void
_PyExc_Clear(PyObject *exc)
{
    PyBaseExceptionObject *e = (PyBaseExceptionObject *)exc;
    PyMem_RawFree(e->tb);
    e->tb = NULL;
    e->tb_len = 0;
    PyMem_RawFree(e->suggestion);
    e->suggestion = NULL;
    Py_CLEAR(e->args);
    Py_CLEAR(e->cause);
    Py_CLEAR(e->context);
    if (_PyExc_KindOf(Py_TYPE(exc)) == EXC_SYSTEM_EXIT)
        Py_CLEAR(((PySystemExitObject *)exc)->code);
}

/* As CPython prints it: the qualified name, without the module when
   that is __main__ or builtins. */
const char *
_PyExc_ClassName(PyObject *exc)
{
    PyTypeObject *type = Py_TYPE(exc);
    if (type->tp_flags & Py_TPFLAGS_HEAPTYPE)
        return PyUnicode_AsUTF8(((PyHeapTypeObject *)type)->ht_qualname);
    return type->tp_name;
}

PyObject *
_PyExc_SpareMemoryError(void)
{
    return Py_NewRef(spare_memory_error);
}

/* ---- the methods and slots of BaseException ---- */

static PyObject *
args_of(PyObject *self)
{
    PyObject *args = ((PyBaseExceptionObject *)self)->args;
    return args != NULL ? Py_NewRef(args) : PyTuple_New(0);
}

/* ---- SystemExit: its code ---- */

/* What SystemExit's __init__ keeps as e.code (CPython's SystemExit_init,
   Objects/exceptions.c, 3.13): None with no argument, the argument with
   one, the tuple of them with more. */
static int
systemexit_set_code(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *code = nargs == 0   ? Py_NewRef(Py_None)
                     : nargs == 1 ? Py_NewRef(args[0])
                                  : _PyTuple_FromArray(args, nargs);
    if (code == NULL)
        return -1;
    Py_SETREF(((PySystemExitObject *)self)->code, code);
    return 0;
}

PyObject *
_PyExc_NewSystemExit(PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *exc = _PyExc_New(PyExc_Type(EXC_SYSTEM_EXIT), args, nargs);
    if (exc != NULL && systemexit_set_code(exc, args, nargs) < 0)
        Py_CLEAR(exc);
    return exc;
}

PyObject *
_PyExc_SystemExitCode(PyObject *exc)
{
    PyObject *code = ((PySystemExitObject *)exc)->code;
    return code != NULL ? code : Py_None;
}

/* ValueError("x"): the arguments, whatever they are, are kept. */
static PyObject *
exc_vectorcall(PyObject *type, PyObject *const *args, Py_ssize_t nargs,
               PyObject *kwnames)
{
    if (kwnames != NULL) {
        PyErr_Format(EXC_TYPE, "%s() takes no keyword arguments",
                     ((PyTypeObject *)type)->tp_name);
        return NULL;
    }
    PyObject *exc = _PyExc_New((PyTypeObject *)type, args, nargs);
    /* a built-in class is made and initialized in one go */
    if (exc != NULL && _PyExc_KindOf((PyTypeObject *)type) == EXC_SYSTEM_EXIT)
        systemexit_set_code(exc, args, nargs);
    return exc;
}

static PyObject *
exc_new(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs)
{
    return _PyExc_New(type, args, nargs);
}

/* BaseException.__init__(self, *args): what a subclass's __init__ may
   call to set args. */
static PyObject *
exc_init(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
         PyObject *kwnames)
{
    if (kwnames != NULL) {
        PyErr_Format(EXC_TYPE, "%s() takes no keyword arguments",
                     Py_TYPE(self)->tp_name);
        return NULL;
    }
    PyObject *tuple = _PyTuple_FromArray(args, nargs);
    if (tuple == NULL)
        return NULL;
    Py_SETREF(((PyBaseExceptionObject *)self)->args, tuple);
    Py_RETURN_NONE;
}

/* Its class if a class statement made it (a built-in class is static),
   its attributes' dict, its args: CPython's order (subtype_traverse,
   then BaseException_traverse, 3.13). */
static int
exc_traverse(PyObject *self, visitproc visit, void *arg)
{
    if (Py_TYPE(self)->tp_flags & Py_TPFLAGS_HEAPTYPE)
        Py_VISIT((PyObject *)Py_TYPE(self));
    Py_VISIT(((PyInstanceObject *)self)->dict);
    Py_VISIT(((PyBaseExceptionObject *)self)->args);
    Py_VISIT(((PyBaseExceptionObject *)self)->cause);
    Py_VISIT(((PyBaseExceptionObject *)self)->context);
    return 0;
}

/* str(e): its one argument's str, "" with none, the tuple's with more. */
static PyObject *
exc_str(PyObject *self)
{
    PyObject *args = args_of(self), *result;
    if (args == NULL)
        return NULL;
    if (Py_SIZE(args) == 0)
        result = PyUnicode_FromString("");
    else if (Py_SIZE(args) == 1)
        result = PyObject_Str(PyTuple_GET_ITEM(args, 0));
    else
        result = PyObject_Str(args);
    Py_DECREF(args);
    return result;
}

/* A KeyError's one argument is shown as its repr: KeyError: 'k'. */
static PyObject *
keyerror_str(PyObject *self)
{
    PyObject *args = args_of(self), *result;
    if (args == NULL)
        return NULL;
    result = Py_SIZE(args) == 1 ? PyObject_Repr(PyTuple_GET_ITEM(args, 0))
                                : exc_str(self);
    Py_DECREF(args);
    return result;
}

/* ValueError('x'), ValueError(), ValueError('x', 1). */
static PyObject *
exc_repr(PyObject *self)
{
    PyObject *args = args_of(self);
    if (args == NULL)
        return NULL;
    PyObject *inner = Py_SIZE(args) == 1
                          ? PyObject_Repr(PyTuple_GET_ITEM(args, 0))
                          : PyObject_Repr(args);
    PyObject *result = NULL;
    if (inner != NULL)
        result = PyUnicode_FromFormat(Py_SIZE(args) == 1 ? "%s(%s)" : "%s%s",
                                      Py_TYPE(self)->tp_name,
                                      PyUnicode_AsUTF8(inner));
    Py_XDECREF(inner);
    Py_DECREF(args);
    return result;
}

static PyObject *
exc_getattro(PyObject *self, PyObject *name)
{
    PyBaseExceptionObject *e = (PyBaseExceptionObject *)self;
    if (_PyUnicode_EqualToASCII(name, "args"))
        return args_of(self);
    if (_PyUnicode_EqualToASCII(name, "__cause__"))
        return Py_NewRef(e->cause ? e->cause : Py_None);
    if (_PyUnicode_EqualToASCII(name, "__context__"))
        return Py_NewRef(e->context ? e->context : Py_None);
    if (_PyUnicode_EqualToASCII(name, "__suppress_context__"))
        return PyBool_FromLong(e->suppress_context);
    return _PyInstance_GetAttr(self, name);
}

/* e.__cause__ = c and e.__context__ = c: an exception, or None. */
static int
set_chained(PyObject **slot, PyObject *value, const char *what)
{
    if (value == NULL) {
        PyErr_Format(EXC_TYPE, "__%s__ may not be deleted", what);
        return -1;
    }
    if (value != Py_None && !PyExceptionInstance_Check(value)) {
        PyErr_Format(EXC_TYPE,
                     "exception %s must be None or derive from "
                     "BaseException",
                     what);
        return -1;
    }
    Py_SETREF(*slot, value == Py_None ? NULL : Py_NewRef(value));
    return 0;
}

void
_PyExc_SetCause(PyObject *exc, PyObject *cause)
{
    PyBaseExceptionObject *e = (PyBaseExceptionObject *)exc;
    Py_SETREF(e->cause, cause);
    e->suppress_context = true;
}

/* exc was raised while context was being handled.  A link back to exc
   further down context's chain is cut, so that the chain has no loop
   (CPython's _PyErr_SetObject does the same). */
void
_PyExc_SetContext(PyObject *exc, PyObject *context)
{
    PyBaseExceptionObject *e = (PyBaseExceptionObject *)exc;
    if (context == exc)
        return;
    PyObject *o = context, *slow = context; /* Floyd's loop detection */
    for (bool step = false; o != NULL; step = !step) {
        PyBaseExceptionObject *b = (PyBaseExceptionObject *)o;
        if (b->context == exc) {
            Py_CLEAR(b->context);
            break;
        }
        o = b->context;
        if (o == slow)
            break; /* a loop made by hand: every link was checked */
        if (step)
            slow = ((PyBaseExceptionObject *)slow)->context;
    }
    Py_SETREF(e->context, Py_NewRef(context));
}

/* e.args = iterable: kept as a tuple. */
static int
exc_setattro(PyObject *self, PyObject *name, PyObject *value)
{
    PyInstanceObject *op = (PyInstanceObject *)self;
    PyBaseExceptionObject *e = (PyBaseExceptionObject *)self;
    if (_PyUnicode_EqualToASCII(name, "__cause__")) {
        if (set_chained(&e->cause, value, "cause") < 0)
            return -1;
        e->suppress_context = true;
        return 0;
    }
    if (_PyUnicode_EqualToASCII(name, "__context__"))
        return set_chained(&e->context, value, "context");
    if (_PyUnicode_EqualToASCII(name, "__suppress_context__")) {
        if (value == NULL || !PyBool_Check(value)) {
            PyErr_Format(EXC_TYPE, value
                                       ? "attribute value type must be bool"
                                       : "can't delete numeric/char attribute");
            return -1;
        }
        e->suppress_context = value == Py_True;
        return 0;
    }
    if (!_PyUnicode_EqualToASCII(name, "args")) {
        /* an exception's attributes live in a dict from the first one,
           as CPython's do (BaseException has a dict slot, not the inline
           values of 3.11+'s instances) */
        if (value != NULL && op->dict == NULL &&
            (op->dict = PyDict_New()) == NULL)
            return -1;
        return _PyInstance_SetAttr(self, name, value);
    }
    if (value == NULL) {
        PyErr_Format(EXC_TYPE, "args may not be deleted");
        return -1;
    }
    PyObject *items = _PyList_FromIterable(value);
    PyObject *tuple = items
                          ? _PyTuple_FromArray(((PyListObject *)items)->ob_item,
                                               Py_SIZE(items))
                          : NULL;
    Py_XDECREF(items);
    if (tuple == NULL)
        return -1;
    Py_SETREF(((PyBaseExceptionObject *)self)->args, tuple);
    return 0;
}

static PyMethodDef exc_methods[] = {
    {"__init__", exc_init, 0, INT32_MAX, true},
    {NULL, NULL, 0, 0, false},
};

/* SystemExit.__init__(self, *args): args, and the code taken from them. */
static PyObject *
systemexit_init(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                PyObject *kwnames)
{
    PyObject *result = exc_init(self, args, nargs, kwnames);
    if (result != NULL && systemexit_set_code(self, args, nargs) < 0)
        Py_CLEAR(result);
    return result;
}

static PyMethodDef systemexit_methods[] = {
    {"__init__", systemexit_init, 0, INT32_MAX, true},
    {NULL, NULL, 0, 0, false},
};

static int
systemexit_traverse(PyObject *self, visitproc visit, void *arg)
{
    int status = exc_traverse(self, visit, arg);
    if (status == 0)
        Py_VISIT(((PySystemExitObject *)self)->code);
    return status;
}

static PyObject *
systemexit_getattro(PyObject *self, PyObject *name)
{
    if (_PyUnicode_EqualToASCII(name, "code"))
        return Py_NewRef(_PyExc_SystemExitCode(self));
    return exc_getattro(self, name);
}

/* e.code = value, as any object; del e.code leaves it unset (None). */
static int
systemexit_setattro(PyObject *self, PyObject *name, PyObject *value)
{
    if (!_PyUnicode_EqualToASCII(name, "code"))
        return exc_setattro(self, name, value);
    Py_XINCREF(value);
    Py_SETREF(((PySystemExitObject *)self)->code, value);
    return 0;
}

/* ---- the classes ---- */

/* Every class is made by calling it and holds references (tp_traverse
   is not inherited); BaseException's other slots are inherited by the
   rest when they are readied. */
#define EXC_CLASS(KIND, NAME, BASE)                                            \
    [KIND] = {                                                                 \
        .ob_base = PyObject_HEAD_INIT(&PyType_Type),                           \
        .tp_name = NAME,                                                       \
        .tp_flags = Py_TPFLAGS_BASETYPE,                                       \
        .tp_traverse = exc_traverse,                                           \
        .tp_new = exc_new,                                                     \
        .tp_vectorcall = exc_vectorcall,                                       \
        .tp_base = &_PyExc_Types[BASE],                                        \
    }

/* The hierarchy is CPython 3.13's (Lib/test/exception_hierarchy.txt),
   for the classes minipy raises. */
PyTypeObject _PyExc_Types[EXC_NKINDS] = {
    [EXC_BASE_EXCEPTION] =
        {
            .ob_base = PyObject_HEAD_INIT(&PyType_Type),
            .tp_name = "BaseException",
            .tp_basicsize = sizeof(PyBaseExceptionObject),
            .tp_flags = Py_TPFLAGS_BASETYPE,
            .tp_dealloc = _PyInstance_Dealloc,
            .tp_traverse = exc_traverse,
            .tp_repr = exc_repr,
            .tp_str = exc_str,
            .tp_getattro = exc_getattro,
            .tp_setattro = exc_setattro,
            .tp_new = exc_new,
            .tp_vectorcall = exc_vectorcall,
            .tp_methods = exc_methods,
            .tp_base = &PyBaseObject_Type,
        },
    EXC_CLASS(EXC_EXCEPTION, "Exception", EXC_BASE_EXCEPTION),
    EXC_CLASS(EXC_KEYBOARD_INTERRUPT, "KeyboardInterrupt", EXC_BASE_EXCEPTION),
    EXC_CLASS(EXC_ARITHMETIC, "ArithmeticError", EXC_EXCEPTION),
    EXC_CLASS(EXC_OVERFLOW, "OverflowError", EXC_ARITHMETIC),
    EXC_CLASS(EXC_ZERO_DIVISION, "ZeroDivisionError", EXC_ARITHMETIC),
    EXC_CLASS(EXC_ASSERTION, "AssertionError", EXC_EXCEPTION),
    EXC_CLASS(EXC_ATTRIBUTE, "AttributeError", EXC_EXCEPTION),
    EXC_CLASS(EXC_IMPORT, "ImportError", EXC_EXCEPTION),
    EXC_CLASS(EXC_MODULE_NOT_FOUND, "ModuleNotFoundError", EXC_IMPORT),
    EXC_CLASS(EXC_LOOKUP, "LookupError", EXC_EXCEPTION),
    EXC_CLASS(EXC_INDEX, "IndexError", EXC_LOOKUP),
    [EXC_KEY] =
        {
            .ob_base = PyObject_HEAD_INIT(&PyType_Type),
            .tp_name = "KeyError",
            .tp_flags = Py_TPFLAGS_BASETYPE,
            .tp_traverse = exc_traverse,
            .tp_str = keyerror_str,
            .tp_new = exc_new,
            .tp_vectorcall = exc_vectorcall,
            .tp_base = &_PyExc_Types[EXC_LOOKUP],
        },
    EXC_CLASS(EXC_MEMORY, "MemoryError", EXC_EXCEPTION),
    EXC_CLASS(EXC_NAME, "NameError", EXC_EXCEPTION),
    EXC_CLASS(EXC_UNBOUND_LOCAL, "UnboundLocalError", EXC_NAME),
    EXC_CLASS(EXC_RUNTIME, "RuntimeError", EXC_EXCEPTION),
    EXC_CLASS(EXC_NOT_IMPLEMENTED, "NotImplementedError", EXC_RUNTIME),
    EXC_CLASS(EXC_RECURSION, "RecursionError", EXC_RUNTIME),
    EXC_CLASS(EXC_STOP_ITERATION, "StopIteration", EXC_EXCEPTION),
    [EXC_SYSTEM_EXIT] =
        {
            .ob_base = PyObject_HEAD_INIT(&PyType_Type),
            .tp_name = "SystemExit",
            .tp_basicsize = sizeof(PySystemExitObject),
            .tp_flags = Py_TPFLAGS_BASETYPE,
            .tp_traverse = systemexit_traverse,
            .tp_getattro = systemexit_getattro,
            .tp_setattro = systemexit_setattro,
            .tp_new = exc_new,
            .tp_vectorcall = exc_vectorcall,
            .tp_methods = systemexit_methods,
            .tp_base = &_PyExc_Types[EXC_BASE_EXCEPTION],
        },
    EXC_CLASS(EXC_SYNTAX, "SyntaxError", EXC_EXCEPTION),
    EXC_CLASS(EXC_INDENTATION, "IndentationError", EXC_SYNTAX),
    EXC_CLASS(EXC_TAB, "TabError", EXC_INDENTATION),
    /* the prompt's "read another line" (builtins has it too, in 3.13) */
    EXC_CLASS(EXC_INCOMPLETE_INPUT, "_IncompleteInputError", EXC_SYNTAX),
    EXC_CLASS(EXC_TYPE, "TypeError", EXC_EXCEPTION),
    EXC_CLASS(EXC_VALUE, "ValueError", EXC_EXCEPTION),
};

/* A class is readied after its base, which it inherits slots from. */
static int
ready(PyTypeObject *type)
{
    if (type->tp_dict != NULL)
        return 0;
    if (type->tp_base != &PyBaseObject_Type && ready(type->tp_base) < 0)
        return -1;
    return PyType_Ready(type);
}

int
_PyExc_Init(void)
{
    for (int kind = EXC_NONE + 1; kind < EXC_NKINDS; kind++)
        if (ready(PyExc_Type(kind)) < 0)
            return -1;
    spare_memory_error = _PyExc_New(PyExc_Type(EXC_MEMORY), NULL, 0);
    return spare_memory_error != NULL ? 0 : -1;
}

void
_PyExc_Fini(void)
{
    Py_CLEAR(spare_memory_error);
    for (int kind = EXC_NKINDS - 1; kind > EXC_NONE; kind--)
        _PyType_Fini(PyExc_Type(kind));
}
