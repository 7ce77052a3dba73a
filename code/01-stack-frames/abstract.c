/* Operators and protocols, dispatched on the operands' types. */
#include "abstract.h"

#include "errors.h"
#include "instanceobject.h"
#include "iterobject.h"
#include "listobject.h"
#include "longobject.h"
#include "tupleobject.h"
#include "classobject.h"
#include "dictobject.h"
#include "unicodeobject.h"

#include <string.h>

/* What a binary operator no type could handle says.  A sequence times
   something that is not an int is CPython's sequence_repeat() message
   (Objects/abstract.c, 3.13), about the other operand. */
#define SLOT(name) offsetof(PyTypeObject, name)

static bool
is_repeatable_sequence(PyObject *o)
{
    PyTypeObject *t = Py_TYPE(o);
    return PyType_IsSubtype(t, &PyList_Type) ||
           PyType_IsSubtype(t, &PyTuple_Type) ||
           PyType_IsSubtype(t, &PyUnicode_Type);
}

static PyObject *
binary_op_error(PyObject *v, PyObject *w, size_t slot, const char *symbol)
{
    if (slot == SLOT(nb_multiply) &&
        (is_repeatable_sequence(v) || is_repeatable_sequence(w))) {
        PyObject *count = is_repeatable_sequence(v) ? w : v;
        PyErr_Format(EXC_TYPE,
                     "can't multiply sequence by non-int of "
                     "type '%s'",
                     Py_TYPE(count)->tp_name);
        return NULL;
    }
    PyErr_Format(EXC_TYPE, "unsupported operand type(s) for %s: '%s' and '%s'",
                 symbol, Py_TYPE(v)->tp_name, Py_TYPE(w)->tp_name);
    return NULL;
}

/* Each binary slot gets both operands in order and returns
   NotImplemented when it cannot handle them; then the right operand's
   type gets its turn ([0] * 3 and 3 * [0] both reach list's slot). */
static PyObject *
binary_op(PyObject *v, PyObject *w, size_t slot, const char *symbol)
{
    binaryfunc fv = *(binaryfunc *)((char *)Py_TYPE(v) + slot);
    binaryfunc fw = *(binaryfunc *)((char *)Py_TYPE(w) + slot);
    if (fv != NULL) {
        PyObject *result = fv(v, w);
        if (result != Py_NotImplemented)
            return result;
    }
    if (fw != NULL && fw != fv) {
        PyObject *result = fw(v, w);
        if (result != Py_NotImplemented)
            return result;
    }
    return binary_op_error(v, w, slot, symbol);
}

PyObject *
PyNumber_Add(PyObject *v, PyObject *w)
{
    return binary_op(v, w, SLOT(nb_add), "+");
}

PyObject *
PyNumber_Subtract(PyObject *v, PyObject *w)
{
    return binary_op(v, w, SLOT(nb_subtract), "-");
}

PyObject *
PyNumber_Multiply(PyObject *v, PyObject *w)
{
    return binary_op(v, w, SLOT(nb_multiply), "*");
}

PyObject *
PyNumber_FloorDivide(PyObject *v, PyObject *w)
{
    return binary_op(v, w, SLOT(nb_floor_divide), "//");
}

PyObject *
PyNumber_Remainder(PyObject *v, PyObject *w)
{
    return binary_op(v, w, SLOT(nb_remainder), "%");
}

PyObject *
PyNumber_Divmod(PyObject *v, PyObject *w)
{
    return binary_op(v, w, SLOT(nb_divmod), "divmod()");
}

PyObject *
PyNumber_Power(PyObject *v, PyObject *w)
{
    return binary_op(v, w, SLOT(nb_power), "** or pow()");
}

PyObject *
PyNumber_Lshift(PyObject *v, PyObject *w)
{
    return binary_op(v, w, SLOT(nb_lshift), "<<");
}

PyObject *
PyNumber_Rshift(PyObject *v, PyObject *w)
{
    return binary_op(v, w, SLOT(nb_rshift), ">>");
}

PyObject *
PyNumber_And(PyObject *v, PyObject *w)
{
    return binary_op(v, w, SLOT(nb_and), "&");
}

PyObject *
PyNumber_Xor(PyObject *v, PyObject *w)
{
    return binary_op(v, w, SLOT(nb_xor), "^");
}

PyObject *
PyNumber_Or(PyObject *v, PyObject *w)
{
    return binary_op(v, w, SLOT(nb_or), "|");
}

/* a += b: a's type may update a in place (a list does); otherwise it is
   a = a + b, a new object.  inplace_slot 0: no type has an in-place
   form of this one. */
static PyObject *
inplace_op(PyObject *v, PyObject *w, size_t inplace_slot, size_t slot,
           const char *symbol)
{
    binaryfunc f = inplace_slot == 0
                       ? NULL
                       : *(binaryfunc *)((char *)Py_TYPE(v) + inplace_slot);
    if (f != NULL) {
        PyObject *result = f(v, w);
        if (result != Py_NotImplemented)
            return result;
    }
    return binary_op(v, w, slot, symbol);
}

PyObject *
PyNumber_InPlaceSubtract(PyObject *v, PyObject *w)
{
    return inplace_op(v, w, 0, SLOT(nb_subtract), "-=");
}

PyObject *
PyNumber_InPlaceFloorDivide(PyObject *v, PyObject *w)
{
    return inplace_op(v, w, 0, SLOT(nb_floor_divide), "//=");
}

PyObject *
PyNumber_InPlaceRemainder(PyObject *v, PyObject *w)
{
    return inplace_op(v, w, 0, SLOT(nb_remainder), "%=");
}

PyObject *
PyNumber_InPlacePower(PyObject *v, PyObject *w)
{
    return inplace_op(v, w, 0, SLOT(nb_power), "**=");
}

PyObject *
PyNumber_InPlaceLshift(PyObject *v, PyObject *w)
{
    return inplace_op(v, w, 0, SLOT(nb_lshift), "<<=");
}

PyObject *
PyNumber_InPlaceRshift(PyObject *v, PyObject *w)
{
    return inplace_op(v, w, 0, SLOT(nb_rshift), ">>=");
}

PyObject *
PyNumber_InPlaceAnd(PyObject *v, PyObject *w)
{
    return inplace_op(v, w, 0, SLOT(nb_and), "&=");
}

PyObject *
PyNumber_InPlaceXor(PyObject *v, PyObject *w)
{
    return inplace_op(v, w, 0, SLOT(nb_xor), "^=");
}

PyObject *
PyNumber_InPlaceOr(PyObject *v, PyObject *w)
{
    return inplace_op(v, w, SLOT(nb_inplace_or), SLOT(nb_or), "|=");
}

PyObject *
PyNumber_InPlaceAdd(PyObject *v, PyObject *w)
{
    return inplace_op(v, w, SLOT(nb_inplace_add), SLOT(nb_add), "+=");
}

PyObject *
PyNumber_InPlaceMultiply(PyObject *v, PyObject *w)
{
    return inplace_op(v, w, SLOT(nb_inplace_multiply), SLOT(nb_multiply), "*=");
}

PyObject *
PyNumber_Negative(PyObject *v)
{
    if (Py_TYPE(v)->nb_negative != NULL)
        return Py_TYPE(v)->nb_negative(v);
    PyErr_Format(EXC_TYPE, "bad operand type for unary -: '%s'",
                 Py_TYPE(v)->tp_name);
    return NULL;
}

PyObject *
PyNumber_Positive(PyObject *v)
{
    if (Py_TYPE(v)->nb_positive != NULL)
        return Py_TYPE(v)->nb_positive(v);
    PyErr_Format(EXC_TYPE, "bad operand type for unary +: '%s'",
                 Py_TYPE(v)->tp_name);
    return NULL;
}

PyObject *
PyNumber_Invert(PyObject *v)
{
    if (Py_TYPE(v)->nb_invert != NULL)
        return Py_TYPE(v)->nb_invert(v);
    PyErr_Format(EXC_TYPE, "bad operand type for unary ~: '%s'",
                 Py_TYPE(v)->tp_name);
    return NULL;
}

PyObject *
PyNumber_Absolute(PyObject *v)
{
    if (Py_TYPE(v)->nb_absolute != NULL)
        return Py_TYPE(v)->nb_absolute(v);
    PyErr_Format(EXC_TYPE, "bad operand type for abs(): '%s'",
                 Py_TYPE(v)->tp_name);
    return NULL;
}

PyObject *
PyObject_GetItem(PyObject *o, PyObject *key)
{
    if (Py_TYPE(o)->tp_getitem != NULL)
        return Py_TYPE(o)->tp_getitem(o, key);
    PyErr_Format(EXC_TYPE, "'%s' object is not subscriptable",
                 Py_TYPE(o)->tp_name);
    return NULL;
}

int
PyObject_SetItem(PyObject *o, PyObject *key, PyObject *value)
{
    if (Py_TYPE(o)->tp_setitem != NULL)
        return Py_TYPE(o)->tp_setitem(o, key, value);
    PyErr_Format(EXC_TYPE, "'%s' object does not support item assignment",
                 Py_TYPE(o)->tp_name);
    return -1;
}

int
PyObject_DelItem(PyObject *o, PyObject *key)
{
    if (Py_TYPE(o)->tp_setitem != NULL)
        return Py_TYPE(o)->tp_setitem(o, key, NULL);
    PyErr_Format(EXC_TYPE, "'%s' object doesn't support item deletion",
                 Py_TYPE(o)->tp_name);
    return -1;
}

/* item in container: the container's own test, or a walk over it. */
int
PySequence_Contains(PyObject *container, PyObject *item)
{
    if (Py_TYPE(container)->tp_contains != NULL)
        return Py_TYPE(container)->tp_contains(container, item);
    if (Py_TYPE(container)->tp_iter == NULL &&
        !(Py_TYPE(container)->tp_getitem != NULL &&
          PyInstance_Check(container))) {
        PyErr_Format(EXC_TYPE, "argument of type '%s' is not iterable",
                     Py_TYPE(container)->tp_name);
        return -1;
    }
    PyObject *iter = PyObject_GetIter(container), *x;
    if (iter == NULL)
        return -1;
    int found = 0;
    while (found == 0 && (x = PyIter_Next(iter)) != NULL) {
        found = PyObject_RichCompareBool(x, item, Py_EQ);
        Py_DECREF(x);
    }
    Py_DECREF(iter);
    return PyErr_Occurred() ? -1 : found;
}

Py_ssize_t
PyObject_Length(PyObject *o)
{
    if (Py_TYPE(o)->tp_len != NULL)
        return Py_TYPE(o)->tp_len(o);
    PyErr_Format(EXC_TYPE, "object of type '%s' has no len()",
                 Py_TYPE(o)->tp_name);
    return -1;
}

PyObject *
PyObject_GetIter(PyObject *o)
{
    if (Py_TYPE(o)->tp_iter != NULL)
        return Py_TYPE(o)->tp_iter(o);
    /* the old protocol: a class with __getitem__ is a sequence */
    if (Py_TYPE(o)->tp_getitem != NULL && PyInstance_Check(o))
        return _PyGetItemIter_New(o);
    PyErr_Format(EXC_TYPE, "'%s' object is not iterable", Py_TYPE(o)->tp_name);
    return NULL;
}

PyObject *
PyIter_Next(PyObject *iter)
{
    return Py_TYPE(iter)->tp_iternext(iter);
}

Py_ssize_t
_PyIndex_Normalize(PyObject *index, Py_ssize_t n, const char *what)
{
    if (!PyLong_Check(index)) {
        /* CPython's words: list_subscript, tuplesubscript and
           unicode_subscript (Objects/, 3.13); pop() wants an index */
        const char *tp = Py_TYPE(index)->tp_name;
        if (strcmp(what, "string") == 0)
            PyErr_Format(EXC_TYPE, "string indices must be integers, not '%s'",
                         tp);
        else if (strcmp(what, "pop") == 0)
            PyErr_Format(EXC_TYPE,
                         "'%s' object cannot be interpreted as an integer", tp);
        else
            PyErr_Format(
                EXC_TYPE, "%s indices must be integers or slices, not %s",
                strcmp(what, "list assignment") == 0 ? "list" : what, tp);
        return -1;
    }
    int64_t i = PyLong_AsLong(index);
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        PyErr_Format(EXC_INDEX, "%s index out of range", what);
        return -1;
    }
    return (Py_ssize_t)i;
}

/* class A(base): CPython calls type(base) with the class's name, bases
   and namespace, so a base that is not a class fails as that call does
   (int('A', (1,), {...}) takes at most 2 arguments).  A built-in class
   CPython cannot subclass is a TypeError; one it can, minipy cannot. */
void
_PyErr_SetBadBase(PyObject *base)
{
    static const struct {
        const char *type, *message;
    } calls[] = {
        {"int", "int expected at most 2 arguments, got 3"},
        {"bool", "bool expected at most 1 argument, got 3"},
        {"list", "list expected at most 1 argument, got 3"},
        {"tuple", "tuple expected at most 1 argument, got 3"},
        {"dict", "dict expected at most 1 argument, got 3"},
        {"str", "str() argument 'encoding' must be str, not tuple"},
        {"NoneType", "NoneType takes no arguments"},
        {"function", "function() argument 'code' must be code, not str"},
        {"module", "module() takes at most 2 arguments (3 given)"},
        {"range", "'str' object cannot be interpreted as an integer"},
    };
    static const char *const subclassable[] = {
        "object", "int", "str", "list", "tuple", "dict", "type", "module",
    };
    const char *name = Py_TYPE(base)->tp_name;
    if (!PyType_Check(base)) {
        for (size_t i = 0; i < sizeof calls / sizeof *calls; i++)
            if (strcmp(name, calls[i].type) == 0) {
                PyErr_Format(EXC_TYPE, "%s", calls[i].message);
                return;
            }
        PyErr_Format(EXC_TYPE, "a class's base must be a class, not '%s'",
                     name);
        return;
    }
    name = ((PyTypeObject *)base)->tp_name;
    for (size_t i = 0; i < sizeof subclassable / sizeof *subclassable; i++)
        if (strcmp(name, subclassable[i]) == 0) {
            PyErr_Format(EXC_NOT_IMPLEMENTED,
                         "minipy classes can inherit only from object or "
                         "from another class, not from '%s'",
                         name);
            return;
        }
    PyErr_Format(EXC_TYPE, "type '%s' is not an acceptable base type", name);
}

static int
set_class(PyObject *self, PyObject *value)
{
    if (value == NULL) {
        PyErr_Format(EXC_TYPE, "can't delete __class__ attribute");
        return -1;
    }
    if (!PyType_Check(value)) {
        PyErr_Format(EXC_TYPE,
                     "__class__ must be set to a class, not '%s' "
                     "object",
                     Py_TYPE(value)->tp_name);
        return -1;
    }
    PyTypeObject *type = (PyTypeObject *)value, *old = Py_TYPE(self);
    if (!(type->tp_flags & Py_TPFLAGS_HEAPTYPE) ||
        !(old->tp_flags & Py_TPFLAGS_HEAPTYPE)) {
        PyErr_Format(EXC_TYPE, "__class__ assignment only supported for "
                               "mutable types or ModuleType subclasses");
        return -1;
    }
    /* the classes that derive object lay their instances out alike, and
       those that derive an exception class alike */
    if (type->tp_basicsize != old->tp_basicsize) {
        PyErr_Format(EXC_TYPE,
                     "__class__ assignment: '%s' object layout differs from "
                     "'%s'",
                     type->tp_name, old->tp_name);
        return -1;
    }
    Py_INCREF(value);
    Py_TYPE(self) = type;
    Py_DECREF((PyObject *)old);
    return 0;
}

/* obj.__dict__ = value: only a dict will do, as in CPython. */
static int
set_dict(PyObject *self, PyObject *value)
{
    if (value != NULL && !PyDict_Check(value)) {
        PyErr_Format(EXC_TYPE,
                     "__dict__ must be set to a dictionary, not a "
                     "'%s'",
                     Py_TYPE(value)->tp_name);
        return -1;
    }
    return _PyInstance_SetDict(self, value);
}

int
_PyInstance_SetSpecial(PyObject *self, PyObject *name, PyObject *value)
{
    if (_PyUnicode_EqualToASCII(name, "__class__"))
        return set_class(self, value);
    if (_PyUnicode_EqualToASCII(name, "__dict__"))
        return set_dict(self, value);
    return 1;
}
