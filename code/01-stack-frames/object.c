/* The operations every object has, dispatched on its type; None and
   NotImplemented. */
#include "object.h"

#include "abstract.h"
#include "errors.h"
#include "interp.h"
#include "longobject.h"
#include "methodobject.h"
#include "pymem.h"
#include "unicodeobject.h"

#include <string.h>

const char *
_PyType_Name(PyTypeObject *type)
{
    return type->tp_name;
}

/* A class's __repr__ or __str__ can return anything: only a str will
   do. */
static PyObject *
text_or_error(PyObject *result, const char *method)
{
    if (result != NULL && !PyUnicode_Check(result)) {
        PyErr_Format(EXC_TYPE, "%s returned non-string (type %s)", method,
                     Py_TYPE(result)->tp_name);
        Py_CLEAR(result);
    }
    return result;
}

PyObject *
PyObject_Repr(PyObject *op)
{
    if (Py_EnterRecursiveCall(" while getting the repr of an object"))
        return NULL;
    PyObject *result = Py_TYPE(op)->tp_repr(op);
    Py_LeaveRecursiveCall();
    return text_or_error(result, "__repr__");
}

/* Without a str of its own an object's str is its repr, checked as a
   str (object.__str__ in CPython). */
PyObject *
PyObject_Str(PyObject *op)
{
    reprfunc str = Py_TYPE(op)->tp_str;
    if (str == NULL)
        str = Py_TYPE(op)->tp_repr;
    if (Py_EnterRecursiveCall(" while getting the str of an object"))
        return NULL;
    PyObject *result = str(op);
    Py_LeaveRecursiveCall();
    return text_or_error(result, "__str__");
}

Py_hash_t
PyObject_Hash(PyObject *op)
{
    hashfunc hash = Py_TYPE(op)->tp_hash;
    if (hash == NULL) {
        PyErr_Format(EXC_TYPE, "unhashable type: '%s'", Py_TYPE(op)->tp_name);
        return -1;
    }
    return hash(op);
}

/* Objects hash by identity unless their type says otherwise. */
Py_hash_t
_Py_HashPointer(PyObject *op)
{
    uintptr_t bits = (uintptr_t)op;
    Py_hash_t hash = (Py_hash_t)((bits >> 4) | (bits << 60));
    return hash == -1 ? -2 : hash;
}

static const char *const op_symbol[] = {"<", "<=", "==", "!=", ">", ">="};
static const int swapped_op[] = {Py_GT, Py_GE, Py_EQ, Py_NE, Py_LT, Py_LE};

/* Ask the left operand's type, then the right's with the operator turned
   round; == and != fall back to identity, the others are a TypeError. */
PyObject *
PyObject_RichCompare(PyObject *v, PyObject *w, int op)
{
    if (Py_EnterRecursiveCall(" in comparison"))
        return NULL;
    PyObject *result = Py_NotImplemented;
    richcmpfunc cmp = Py_TYPE(v)->tp_richcompare;
    if (cmp != NULL)
        result = cmp(v, w, op);
    cmp = Py_TYPE(w)->tp_richcompare;
    if (result == Py_NotImplemented && cmp != NULL)
        result = cmp(w, v, swapped_op[op]);
    Py_LeaveRecursiveCall();
    if (result != Py_NotImplemented)
        return result;
    if (op == Py_EQ || op == Py_NE)
        return PyBool_FromLong((v == w) == (op == Py_EQ));
    PyErr_Format(EXC_TYPE,
                 "'%s' not supported between instances of '%s' and '%s'",
                 op_symbol[op], Py_TYPE(v)->tp_name, Py_TYPE(w)->tp_name);
    return NULL;
}

/* As PyObject_RichCompare, but 1, 0 or -1; an object equals itself. */
int
PyObject_RichCompareBool(PyObject *v, PyObject *w, int op)
{
    if (v == w && (op == Py_EQ || op == Py_NE))
        return op == Py_EQ;
    PyObject *result = PyObject_RichCompare(v, w, op);
    if (result == NULL)
        return -1;
    int truth = PyObject_IsTrue(result);
    Py_DECREF(result);
    return truth;
}

int
PyObject_IsTrue(PyObject *op)
{
    if (op == Py_True)
        return 1;
    if (op == Py_False || op == Py_None)
        return 0;
    PyTypeObject *type = Py_TYPE(op);
    if (type->tp_bool != NULL)
        return type->tp_bool(op);
    if (type->tp_len != NULL) {
        Py_ssize_t n = type->tp_len(op);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

PyObject *
PyObject_GetAttr(PyObject *op, PyObject *name)
{
    getattrofunc getattr = Py_TYPE(op)->tp_getattro;
    if (getattr == NULL)
        getattr = PyObject_GenericGetAttr;
    return getattr(op, name);
}

int
PyObject_SetAttr(PyObject *op, PyObject *name, PyObject *value)
{
    setattrofunc setattr = Py_TYPE(op)->tp_setattro;
    if (setattr != NULL)
        return setattr(op, name, value);
    if (_PyType_Lookup(Py_TYPE(op), name) != NULL)
        PyErr_Format(EXC_ATTRIBUTE, "'%s' object attribute '%s' is read-only",
                     Py_TYPE(op)->tp_name, PyUnicode_AsUTF8(name));
    else /* worded so since CPython 3.13 */
        PyErr_Format(EXC_ATTRIBUTE,
                     "'%s' object has no attribute '%s' and no __dict__ for "
                     "setting new attributes",
                     Py_TYPE(op)->tp_name, PyUnicode_AsUTF8(name));
    return -1;
}

/* The methods and attributes of CPython 3.13's builtin types that
   minipy's lack: asking for one is refused, not an AttributeError. */
static const struct {
    const char *type;
    const char *names;
} lacking[] = {
    {"str", " encode "},
    {"dict", " fromkeys "},
    {"int", " from_bytes to_bytes "},
    {"bool", " from_bytes to_bytes "},
};

bool
_PyType_LacksCPythons(PyTypeObject *type, PyObject *name)
{
    const char *text = PyUnicode_AsUTF8(name);
    size_t n = strlen(text);
    for (size_t i = 0; n > 0 && i < sizeof lacking / sizeof *lacking; i++) {
        const char *names = lacking[i].names, *p = names;
        if (strcmp(type->tp_name, lacking[i].type) != 0)
            continue;
        for (; (p = strstr(p, text)) != NULL; p++)
            if (p > names && p[-1] == ' ' && p[n] == ' ')
                return true;
    }
    return false;
}

/* Attributes of an object without its own: what its type defines, with
   functions bound to the object so that calling them passes it along. */
PyObject *
PyObject_GenericGetAttr(PyObject *op, PyObject *name)
{
    PyObject *found = _PyType_Lookup(Py_TYPE(op), name);
    if (found != NULL)
        return _PyObject_Bind(found, op);
    /* object's __class__ descriptor: every object has its type */
    if (_PyUnicode_EqualToASCII(name, "__class__"))
        return Py_NewRef((PyObject *)Py_TYPE(op));
    if (_PyType_LacksCPythons(Py_TYPE(op), name))
        PyErr_Format(EXC_NOT_IMPLEMENTED, "minipy's %s has no '%s'",
                     Py_TYPE(op)->tp_name, PyUnicode_AsUTF8(name));
    else {
        PyErr_Format(EXC_ATTRIBUTE, "'%s' object has no attribute '%s'",
                     Py_TYPE(op)->tp_name, PyUnicode_AsUTF8(name));
        _PyErr_SetAttributeError(op, name);
    }
    return NULL;
}

PyObject *
PyObject_Call(PyObject *callable, PyObject *const *args, Py_ssize_t nargs,
              PyObject *kwnames)
{
    vectorcallfunc call = Py_TYPE(callable)->tp_call;
    if (call == NULL) {
        PyErr_Format(EXC_TYPE, "'%s' object is not callable",
                     Py_TYPE(callable)->tp_name);
        return NULL;
    }
    if (interp.eval_breaker && _Py_HandlePending() < 0)
        return NULL;
    return call(callable, args, nargs, kwnames);
}

/* Call with one more argument in front: a method with its object. */
PyObject *
_PyObject_CallPrepend(PyObject *callable, PyObject *first,
                      PyObject *const *args, Py_ssize_t nargs,
                      PyObject *kwnames)
{
    Py_ssize_t total = nargs + (kwnames ? Py_SIZE(kwnames) : 0);
    PyObject *small[8], **stack = small;
    if (total + 1 > 8) {
        stack = PyMem_RawMalloc((size_t)(total + 1) * sizeof *stack);
        if (stack == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
    }
    stack[0] = first;
    if (total > 0) /* args may be NULL then */
        memcpy(stack + 1, args, (size_t)total * sizeof *stack);
    PyObject *result = PyObject_Call(callable, stack, nargs + 1, kwnames);
    if (stack != small)
        PyMem_RawFree(stack);
    return result;
}

/* Containers that hold themselves print as [...] the second time round
   (1); -1 when out of memory; otherwise 0, and the container is on the
   stack of reprs in progress until Py_ReprLeave.  (How deep reprs nest
   is bounded in PyObject_Repr, as other C recursion is.) */
int
Py_ReprEnter(PyObject *op)
{
    for (int i = 0; i < interp.repr_len; i++)
        if (interp.repr_stack[i] == op)
            return 1;
    if (interp.repr_len == interp.repr_cap) {
        int cap = interp.repr_cap ? 2 * interp.repr_cap : 16;
        PyObject **grown =
            PyMem_RawRealloc(interp.repr_stack, cap * sizeof(PyObject *));
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        interp.repr_stack = grown;
        interp.repr_cap = cap;
    }
    interp.repr_stack[interp.repr_len++] = op;
    return 0;
}

void
Py_ReprLeave(PyObject *op)
{
    if (interp.repr_len > 0 && interp.repr_stack[interp.repr_len - 1] == op)
        interp.repr_len--;
}

/* None: the one object of its type. */
static PyObject *
none_repr(PyObject *op)
{
    (void)op;
    return PyUnicode_FromString("None");
}

/* A constant since CPython 3.12, not the object's address. */
static Py_hash_t
none_hash(PyObject *op)
{
    (void)op;
    return 0xFCA86420;
}

static PyObject *
none_new(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs)
{
    (void)type, (void)args;
    if (nargs != 0) {
        PyErr_Format(EXC_TYPE, "NoneType takes no arguments");
        return NULL;
    }
    Py_RETURN_NONE;
}

PyTypeObject PyNone_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "NoneType",
    .tp_basicsize = sizeof(PyObject),
    .tp_repr = none_repr,
    .tp_hash = none_hash,
    .tp_new = none_new,
};

PyObject _Py_NoneStruct = PyObject_HEAD_INIT(&PyNone_Type);

/* NotImplemented: what a comparison returns to say "ask the other side". */
static PyObject *
notimplemented_repr(PyObject *op)
{
    (void)op;
    return PyUnicode_FromString("NotImplemented");
}

PyTypeObject _PyNotImplemented_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "NotImplementedType",
    .tp_basicsize = sizeof(PyObject),
    .tp_repr = notimplemented_repr,
};

PyObject _Py_NotImplementedStruct = PyObject_HEAD_INIT(&_PyNotImplemented_Type);
