/* The evaluation loop: one C function runs the bytecode of every frame.
   A call of a Python function pushes the callee's frame and goes on in
   the same loop; a return pops it and carries on in the caller's: the C
   stack does not grow with Python's.  Each value on a frame's evaluation
   stack is a reference, as in CPython's Python/ceval.c and
   Python/bytecodes.c (3.13), whose instruction names we use. */
#include "eval.h"

#include "abstract.h"
#include "classobject.h"
#include "dictobject.h"
#include "builtins.h"
#include "cellobject.h"
#include "errors.h"
#include "format.h"
#include "exceptions.h"
#include "figure.h"
#include "funcobject.h"
#include "interp.h"
#include "listobject.h"
#include "longobject.h"
#include "methodobject.h"
#include "moduleobject.h"
#include "pymem.h"
#include "sliceobject.h"
#include "sysmodule.h"
#include "tupleobject.h"
#include "unicodeobject.h"

#include <assert.h>
#include <string.h>

/* Computed goto (a table of label addresses) where the compiler has it:
   each instruction jumps straight to the next one's code. */
#if defined(__GNUC__) && !defined(MINIPY_NO_COMPUTED_GOTOS)
#define USE_COMPUTED_GOTOS 1
#else
#define USE_COMPUTED_GOTOS 0
#endif

/* ---- names ---- */

static void
name_error(PyObject *name)
{
    _PyErr_SetNameError(name);
}

static void
unbound_local(PyObject *name)
{
    PyErr_Format(EXC_UNBOUND_LOCAL,
                 "cannot access local variable '%s' where it is not "
                 "associated with a value",
                 PyUnicode_AsUTF8(name));
}

/* An empty cell read or deleted: a variable of this function's, or of a
   function around it (a free variable: NameError). */
static void
unbound_cell(const Code *code, int slot)
{
    for (int i = 0; i < code->co_nfrees; i++) {
        if (code->co_freeslots[i] == slot) {
            PyErr_Format(EXC_NAME,
                         "cannot access free variable '%s' where it is not "
                         "associated with a value in enclosing scope",
                         PyUnicode_AsUTF8(code->co_varnames[slot]));
            return;
        }
    }
    unbound_local(code->co_varnames[slot]);
}

/* Look a name up in the dicts that may hold it, nearest first: a new
   reference, or NULL with NameError. */
static PyObject *
lookup(PyObject *name, PyObject *first, PyObject *second, PyObject *third)
{
    PyObject *dicts[3] = {first, second, third};
    for (int i = 0; i < 3; i++) {
        if (dicts[i] == NULL)
            continue;
        PyObject *value = PyDict_GetItemWithError(dicts[i], name);
        if (value != NULL)
            return Py_NewRef(value);
        if (PyErr_Occurred())
            return NULL;
    }
    /* not even in builtins: but CPython's builtins may have it */
    const char *text = PyUnicode_AsUTF8(name);
    if (_PyBuiltins_IsCPythons(text))
        PyErr_Format(EXC_NOT_IMPLEMENTED,
                     "minipy does not support the builtin '%s'", text);
    else
        name_error(name);
    return NULL;
}

static int
delete_from(PyObject *dict, PyObject *name)
{
    if (PyDict_DelItem(dict, name) < 0) {
        if (PyErr_ExceptionMatches(EXC_KEY))
            name_error(name);
        return -1;
    }
    return 0;
}

/* obj.name(...): the function and obj, when name is a function or a
   builtin method found on obj's type (no bound method is made); else
   the attribute and NULL. */
static int
load_method(PyObject *obj, PyObject *name, PyObject **meth)
{
    PyTypeObject *type = Py_TYPE(obj);
    bool generic = type->tp_getattro == PyObject_GenericGetAttr;
    if (PyInstance_Check(obj)) {
        PyObject *own =
            dicttable_get(_PyInstance_Table(obj), name, PyObject_Hash(name));
        generic = own == NULL;
    }
    if (generic) {
        PyObject *found = _PyType_Lookup(type, name);
        if (found != NULL &&
            (PyFunction_Check(found) || PyMethodDescr_Check(found))) {
            *meth = Py_NewRef(found);
            return 1;
        }
    }
    *meth = PyObject_GetAttr(obj, name);
    return 0;
}

/* ---- operators ---- */

/* BINARY_OP's argument picks the operation (CPython 3.13's
   _PyEval_BinaryOps, Python/ceval.c). */
static const binaryfunc binary_ops[NB_COUNT] = {
    [NB_ADD] = PyNumber_Add,
    [NB_AND] = PyNumber_And,
    [NB_FLOOR_DIVIDE] = PyNumber_FloorDivide,
    [NB_LSHIFT] = PyNumber_Lshift,
    [NB_MULTIPLY] = PyNumber_Multiply,
    [NB_REMAINDER] = PyNumber_Remainder,
    [NB_OR] = PyNumber_Or,
    [NB_POWER] = PyNumber_Power,
    [NB_RSHIFT] = PyNumber_Rshift,
    [NB_SUBTRACT] = PyNumber_Subtract,
    [NB_XOR] = PyNumber_Xor,
    [NB_INPLACE + NB_ADD] = PyNumber_InPlaceAdd,
    [NB_INPLACE + NB_AND] = PyNumber_InPlaceAnd,
    [NB_INPLACE + NB_FLOOR_DIVIDE] = PyNumber_InPlaceFloorDivide,
    [NB_INPLACE + NB_LSHIFT] = PyNumber_InPlaceLshift,
    [NB_INPLACE + NB_MULTIPLY] = PyNumber_InPlaceMultiply,
    [NB_INPLACE + NB_REMAINDER] = PyNumber_InPlaceRemainder,
    [NB_INPLACE + NB_OR] = PyNumber_InPlaceOr,
    [NB_INPLACE + NB_POWER] = PyNumber_InPlacePower,
    [NB_INPLACE + NB_RSHIFT] = PyNumber_InPlaceRshift,
    [NB_INPLACE + NB_SUBTRACT] = PyNumber_InPlaceSubtract,
    [NB_INPLACE + NB_XOR] = PyNumber_InPlaceXor,
};

/* s = s + t or s += t, both str exactly, whose sum the next instruction
   stores in s, a local that holds the left operand: s's slot, for
   PyUnicode_Append (unicode_concat.c) to do both at once; else NULL.
   CPython 3.13 turns the pair into BINARY_OP_INPLACE_ADD_UNICODE, only
   for STORE_FAST (_Py_Specialize_BinaryOp, Python/specialize.c). */
static PyObject **
append_target(int op, PyObject *left, PyObject *right,
              const _Py_CODEUNIT *next_instr, PyObject **localsplus)
{
    if (op != NB_ADD && op != NB_INPLACE_ADD)
        return NULL;
    if (!PyUnicode_Check(left) || !PyUnicode_Check(right))
        return NULL;
    if (_Py_OPCODE(*next_instr) != STORE_FAST ||
        localsplus[_Py_OPARG(*next_instr)] != left)
        return NULL;
    return &localsplus[_Py_OPARG(*next_instr)];
}

/* a, b = value: exactly as many items as targets, pushed last first.
   A tuple or a list is read in place, as CPython's UNPACK_SEQUENCE
   does; anything else is gathered into a list first. */
static int
unpack(PyObject *value, int want, PyObject **top)
{
    PyObject *items = PyTuple_Check(value) || PyList_Check(value)
                          ? Py_NewRef(value)
                          : _PyList_FromIterable(value);
    if (items == NULL) {
        if (PyErr_ExceptionMatches(EXC_TYPE))
            PyErr_Format(EXC_TYPE, "cannot unpack non-iterable %s object",
                         Py_TYPE(value)->tp_name);
        return -1;
    }
    Py_ssize_t got = Py_SIZE(items);
    if (got != want) {
        if (got > want)
            PyErr_Format(EXC_VALUE, "too many values to unpack (expected %d)",
                         want);
        else
            PyErr_Format(EXC_VALUE,
                         "not enough values to unpack (expected %d, got %zd)",
                         want, got);
        Py_DECREF(items);
        return -1;
    }
    PyObject **item = PyTuple_Check(items) ? ((PyTupleObject *)items)->ob_item
                                           : ((PyListObject *)items)->ob_item;
    for (int i = 0; i < want; i++)
        top[want - 1 - i] = Py_NewRef(item[i]);
    Py_DECREF(items);
    return 0;
}

/* a, *rest, b = value: before items, a list of the rest, after items,
   pushed last first.  As CPython 3.13's _PyEval_UnpackIterable: the
   first items are taken one by one, the rest made a list (so it has
   the room list() of the iterator would give it) and the last ones
   taken off its end; its messages. */
static int
unpack_ex(PyObject *value, int before, int after, PyObject **top)
{
    PyObject *it = PyObject_GetIter(value);
    if (it == NULL) {
        if (PyErr_ExceptionMatches(EXC_TYPE) && Py_TYPE(value)->tp_iter == NULL)
            PyErr_Format(EXC_TYPE, "cannot unpack non-iterable %s object",
                         Py_TYPE(value)->tp_name);
        return -1;
    }
    int total = before + 1 + after, i = 0;
    for (; i < before; i++) {
        PyObject *item = PyIter_Next(it);
        if (item == NULL) {
            if (!PyErr_Occurred())
                PyErr_Format(EXC_VALUE,
                             "not enough values to unpack (expected at "
                             "least %d, got %d)",
                             before + after, i);
            goto fail;
        }
        top[total - 1 - i] = item;
    }
    PyObject *rest = _PyList_FromIterable(it);
    if (rest == NULL)
        goto fail;
    Py_ssize_t left = Py_SIZE(rest);
    if (left < after) {
        PyErr_Format(EXC_VALUE,
                     "not enough values to unpack (expected at least %d, "
                     "got %zd)",
                     before + after, before + left);
        Py_DECREF(rest);
        goto fail;
    }
    PyObject **items = ((PyListObject *)rest)->ob_item;
    for (int k = 0; k < after; k++) /* the list gives them up */
        top[after - 1 - k] = items[left - after + k];
    Py_SIZE(rest) = left - after;
    top[after] = rest;
    Py_DECREF(it);
    return 0;
fail:
    while (i > 0)
        Py_DECREF(top[total - i--]);
    Py_DECREF(it);
    return -1;
}

/* A display {k: v, ...} starts with room for its n pairs, as CPython
   3.13's _PyDict_FromItems makes it: a table for str keys when they
   all are. */
static bool
any_key_not_str(PyObject *const *keys, Py_ssize_t step, int n)
{
    for (int i = 0; i < n; i++)
        if (!PyUnicode_Check(keys[i * step]))
            return true;
    return false;
}

static PyObject *
build_map(PyObject **items, int n)
{
    PyObject *dict = _PyDict_NewPresized(n, any_key_not_str(items, 2, n));
    for (int i = 0; dict != NULL && i < n; i++)
        if (PyDict_SetItem(dict, items[2 * i], items[2 * i + 1]) < 0)
            Py_CLEAR(dict);
    return dict;
}

static PyObject *
build_const_key_map(PyObject *keys, PyObject **values, int n)
{
    PyObject *const *items = ((PyTupleObject *)keys)->ob_item;
    PyObject *dict = _PyDict_NewPresized(n, any_key_not_str(items, 1, n));
    for (int i = 0; dict != NULL && i < n; i++)
        if (PyDict_SetItem(dict, PyTuple_GET_ITEM(keys, i), values[i]) < 0)
            Py_CLEAR(dict);
    return dict;
}

static int
dict_update(PyObject *dict, PyObject *other)
{
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    if (_PyDict_PresizeMerge(dict, other, false) < 0)
        return -1;
    while (PyDict_Next(other, &pos, &key, &value))
        if (PyDict_SetItem(dict, key, value) < 0)
            return -1;
    return 0;
}

/* ---- f(*args, **kwargs) ---- */

/* What CPython's messages call a callable: "print()", "__main__.f()",
   "__main__.A.m()", else its str() (_PyObject_FunctionStr,
   Objects/object.c, 3.13: its __qualname__, after its __module__
   unless that is builtins). */
static void
function_str(PyObject *func, char *buf, size_t size)
{
    if (PyMethod_Check(func))
        func = ((PyMethodObject *)func)->im_func;
    const char *module = NULL, *name = NULL;
    char qual[256];
    if (PyFunction_Check(func)) {
        PyFunctionObject *f = (PyFunctionObject *)func;
        PyObject *m = PyDict_GetItemString(f->func_globals, "__name__");
        module = m != NULL && PyUnicode_Check(m) ? PyUnicode_AsUTF8(m) : NULL;
        name = PyUnicode_AsUTF8(f->func_qualname);
    } else if (PyCFunction_Check(func)) {
        PyCFunctionObject *f = (PyCFunctionObject *)func;
        name = f->m_ml->ml_name;
        if (f->m_self != NULL && PyModule_Check(f->m_self))
            module = PyUnicode_AsUTF8(((PyModuleObject *)f->m_self)->md_name);
        else if (f->m_self != NULL) {
            snprintf(qual, sizeof qual, "%s.%s", Py_TYPE(f->m_self)->tp_name,
                     name);
            name = qual;
        }
    } else if (PyType_Check(func)) {
        PyTypeObject *t = (PyTypeObject *)func;
        name = t->tp_name;
        PyObject *m = t->tp_flags & Py_TPFLAGS_HEAPTYPE && t->tp_dict != NULL
                          ? PyDict_GetItemString(t->tp_dict, "__module__")
                          : NULL;
        module = m != NULL && PyUnicode_Check(m) ? PyUnicode_AsUTF8(m) : NULL;
    } else {
        PyObject *s = PyObject_Str(func);
        snprintf(buf, size, "%s", s != NULL ? PyUnicode_AsUTF8(s) : "?");
        Py_XDECREF(s);
        if (s == NULL)
            PyErr_Clear();
        return;
    }
    if (module != NULL && strcmp(module, "builtins") != 0)
        snprintf(buf, size, "%s.%s()", module, name);
    else
        snprintf(buf, size, "%s()", name);
}

/* f(**x): x's items into the dict being built, a name only once
   (DICT_MERGE, _PyDict_MergeEx): a dict's, or those of an object with
   keys() and [] (a mapping). */
static int
dict_merge(PyObject *dict, PyObject *other, PyObject *func)
{
    char fname[300];
    PyObject *keys = NULL, *key, *value;
    if (!PyDict_Check(other)) {
        PyObject *name = PyUnicode_FromString("keys");
        PyObject *method = name != NULL ? PyObject_GetAttr(other, name) : NULL;
        Py_XDECREF(name);
        if (method == NULL) {
            if (!PyErr_ExceptionMatches(EXC_ATTRIBUTE))
                return -1;
            PyErr_Clear();
            function_str(func, fname, sizeof fname);
            PyErr_Format(EXC_TYPE,
                         "%s argument after ** must be a mapping, not %s",
                         fname, Py_TYPE(other)->tp_name);
            return -1;
        }
        PyObject *listed = PyObject_Call(method, NULL, 0, NULL);
        Py_DECREF(method);
        keys = listed != NULL ? _PyList_FromIterable(listed) : NULL;
        Py_XDECREF(listed);
        if (keys == NULL)
            return -1;
    }
    Py_ssize_t pos = 0, n = keys != NULL ? Py_SIZE(keys) : 0;
    int status = 0;
    for (Py_ssize_t i = 0; status == 0; i++) {
        if (keys == NULL) {
            if (!PyDict_Next(other, &pos, &key, &value))
                break;
            Py_INCREF(value);
        } else {
            if (i >= n)
                break;
            key = PyList_GET_ITEM(keys, i);
            if ((value = PyObject_GetItem(other, key)) == NULL) {
                status = -1;
                break;
            }
        }
        int has = PyDict_GetItemWithError(dict, key) != NULL ? 1
                  : PyErr_Occurred()                         ? -1
                                                             : 0;
        if (has > 0) {
            function_str(func, fname, sizeof fname);
            PyObject *r = PyObject_Repr(key);
            if (r != NULL)
                PyErr_Format(EXC_TYPE,
                             "%s got multiple values for keyword argument %s",
                             fname, PyUnicode_AsUTF8(r));
            Py_XDECREF(r);
            status = -1;
        } else if (has < 0 || PyDict_SetItem(dict, key, value) < 0) {
            status = -1;
        }
        Py_DECREF(value);
    }
    Py_XDECREF(keys);
    return status;
}

/* The call CALL_FUNCTION_EX makes, from a tuple (or anything iterable)
   of positional arguments and a dict of keyword ones, as a vectorcall:
   the arguments side by side in a new array, the dict's keys a tuple of
   names, which must be strs.  A Python function gets its frame pushed
   (*callee), anything else is called now (its result).  The
   references to callargs and kwargs stay the caller's. */
static PyObject *
call_ex(PyObject *func, PyObject *callargs, PyObject *kwargs, Frame **callee)
{
    char fname[300];
    *callee = NULL;
    PyObject *args = NULL;
    if (PyTuple_Check(callargs)) {
        args = Py_NewRef(callargs);
    } else {
        if (Py_TYPE(callargs)->tp_iter == NULL) {
            function_str(func, fname, sizeof fname);
            PyErr_Format(EXC_TYPE,
                         "%s argument after * must be an iterable, not %s",
                         fname, Py_TYPE(callargs)->tp_name);
            return NULL;
        }
        PyObject *list = _PyList_FromIterable(callargs);
        if (list == NULL)
            return NULL;
        args =
            _PyTuple_FromArray(((PyListObject *)list)->ob_item, Py_SIZE(list));
        Py_DECREF(list);
        if (args == NULL)
            return NULL;
    }
    PyObject *self = NULL;
    if (PyMethod_Check(func)) { /* its function, its object first */
        self = ((PyMethodObject *)func)->im_self;
        func = ((PyMethodObject *)func)->im_func;
    }
    Py_ssize_t nargs = Py_SIZE(args) + (self != NULL);
    Py_ssize_t nkw = kwargs != NULL ? PyDict_Size(kwargs) : 0;
    PyObject **stack =
        PyMem_RawMalloc((size_t)(nargs + nkw + 1) * sizeof(PyObject *));
    PyObject *kwnames = nkw > 0 ? PyTuple_New(nkw) : NULL;
    PyObject *result = NULL;
    if (stack == NULL || (nkw > 0 && kwnames == NULL)) {
        if (stack == NULL)
            PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t k = 0;
    if (self != NULL)
        stack[k++] = Py_NewRef(self);
    for (Py_ssize_t i = 0; i < Py_SIZE(args); i++)
        stack[k++] = Py_NewRef(PyTuple_GET_ITEM(args, i));
    Py_ssize_t pos = 0, j = 0;
    PyObject *key, *value;
    while (nkw > 0 && PyDict_Next(kwargs, &pos, &key, &value)) {
        PyTuple_SET_ITEM(kwnames, j++, Py_NewRef(key));
        stack[k++] = Py_NewRef(value);
    }
    for (Py_ssize_t i = 0; i < nkw; i++) {
        if (!PyUnicode_Check(PyTuple_GET_ITEM(kwnames, i))) {
            PyErr_Format(EXC_TYPE, "keywords must be strings");
            for (Py_ssize_t r = 0; r < k; r++)
                Py_DECREF(stack[r]);
            goto done;
        }
    }
    if (PyFunction_Check(func)) { /* the references move to the frame,
                                     which keeps one to func of its own */
        *callee =
            _PyEval_PushFunctionFrame(Py_NewRef(func), stack, nargs, kwnames);
        goto done;
    }
    result = PyObject_Call(func, stack, nargs, kwnames);
    for (Py_ssize_t r = 0; r < k; r++)
        Py_DECREF(stack[r]);
done:
    PyMem_RawFree(stack);
    Py_XDECREF(kwnames);
    Py_DECREF(args);
    return result;
}

/* ---- exceptions ---- */

/* The handler of the instruction at offset, from the code's exception
   table, or NULL: the exception leaves the frame. */
static const ExceptionEntry *
find_handler(Code *code, int offset)
{
    for (int i = 0; i < code->co_nexceptions; i++) {
        const ExceptionEntry *e = &code->co_exceptiontable[i];
        if (offset >= e->start && offset < e->end)
            return e;
        if (offset < e->start)
            break;
    }
    return NULL;
}

/* The exception raise (or raise ... from) means by exc: a class is
   called to make it; anything else must be one already.  A new
   reference, or NULL with the error set; the reference to exc goes. */
static PyObject *
exception_of(PyObject *exc, const char *what)
{
    if (PyExceptionClass_Check(exc)) {
        PyObject *made = PyObject_Call(exc, &exc, 0, NULL);
        if (made != NULL && !PyExceptionInstance_Check(made)) {
            PyErr_Format(EXC_TYPE,
                         "calling %s should have returned an instance of "
                         "BaseException, not %s",
                         _PyExc_ClassName(exc), Py_TYPE(made)->tp_name);
            Py_CLEAR(made);
        }
        Py_DECREF(exc);
        return made;
    }
    if (!PyExceptionInstance_Check(exc)) {
        Py_DECREF(exc);
        PyErr_Format(EXC_TYPE, "%s must derive from BaseException", what);
        return NULL;
    }
    return exc;
}

/* raise EXC, or raise EXC from CAUSE (cause NULL without one); both
   references are stolen. */
static void
do_raise(PyObject *exc, PyObject *cause)
{
    PyObject *value = exception_of(exc, "exceptions"), *fixed = NULL;
    if (value != NULL && cause != NULL && cause != Py_None &&
        (fixed = exception_of(Py_NewRef(cause), "exception causes")) == NULL)
        Py_CLEAR(value);
    Py_XDECREF(cause);
    if (value == NULL)
        return;
    if (cause != NULL)
        _PyExc_SetCause(value, fixed);
    _PyErr_SetObject(value);
}

/* except CLASS: CLASS must be an exception class or a tuple of them. */
static int
exception_matches(PyObject *exc, PyObject *cls)
{
    if (PyTuple_Check(cls)) {
        for (Py_ssize_t i = 0; i < Py_SIZE(cls); i++) {
            int found = exception_matches(exc, PyTuple_GET_ITEM(cls, i));
            if (found != 0)
                return found;
        }
        return 0;
    }
    if (!PyExceptionClass_Check(cls)) {
        PyErr_Format(EXC_TYPE, "catching classes that do not inherit from "
                               "BaseException is not allowed");
        return -1;
    }
    return PyType_IsSubtype(Py_TYPE(exc), (PyTypeObject *)cls);
}

/* A safe point (pending.c): Ctrl-C, or work scheduled for here. */
static bool
check_interrupt(void)
{
    return interp.eval_breaker && _Py_HandlePending() < 0;
}

/* ---- the loop ---- */

/* Debug builds check that the compiler's co_stacksize is never passed,
   and remember the deepest each code object's stack has been. */
#ifdef Py_DEBUG
static void
check_depth(Code *code, PyObject **stack_pointer, PyObject **localsplus)
{
    int depth = (int)(stack_pointer - (localsplus + code->co_nlocals));
    assert(depth >= 0 && depth <= code->co_stacksize);
    if (depth > code->co_stackseen)
        code->co_stackseen = depth;
}
#define CHECK_DEPTH() check_depth(code, stack_pointer, localsplus)
#else
#define CHECK_DEPTH() ((void)0)
#endif

#define PUSH(v)      (*stack_pointer++ = (v))
#define POP()        (*--stack_pointer)
#define TOP()        (stack_pointer[-1])
#define PEEK(n)      (stack_pointer[-(n)])
#define SET_TOP(v)   (stack_pointer[-1] = (v))
#define STACK_BASE() (localsplus + code->co_nlocals)

/* Fetch the next instruction; instr_ptr marks it as the one running. */
#define NEXTOPARG()                                                            \
    do {                                                                       \
        _Py_CODEUNIT word_ = *next_instr;                                      \
        opcode = _Py_OPCODE(word_);                                            \
        oparg = _Py_OPARG(word_);                                              \
        frame->instr_ptr = next_instr++;                                       \
    } while (0)

#if USE_COMPUTED_GOTOS
#define TARGET(op) TARGET_##op:
#define DISPATCH()                                                             \
    do {                                                                       \
        CHECK_DEPTH();                                                         \
        NEXTOPARG();                                                           \
        goto *opcode_targets[opcode];                                          \
    } while (0)
#define DISPATCH_SAME_OPARG() goto *opcode_targets[opcode]
#else
#define TARGET(op)            case op:
#define DISPATCH()            goto dispatch
#define DISPATCH_SAME_OPARG() goto dispatch_opcode
#endif

/* The registers of the running frame, loaded when it changes. */
#define LOAD_FRAME()                                                           \
    do {                                                                       \
        code = frame->code;                                                    \
        localsplus = frame->localsplus;                                        \
        consts = code->co_consts;                                              \
        names = code->co_names;                                                \
        stack_pointer = localsplus + frame->stacktop;                          \
        frame->stacktop = -1; /* known again when it next waits */             \
    } while (0)

#if USE_COMPUTED_GOTOS
/* Taking a label's address is a GNU C extension, which -pedantic flags. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#endif

PyObject *
_PyEval_EvalFrame(Frame *frame)
{
#if USE_COMPUTED_GOTOS
#define LABEL_ADDRESS(name, has_arg) &&TARGET_##name,
    static void *const opcode_targets[PY_NUM_OPCODES] = {
        PY_OPCODES(LABEL_ADDRESS)};
#undef LABEL_ADDRESS
#endif
    Code *code;
    PyObject **localsplus, **stack_pointer, **names, *const *consts;
    _Py_CODEUNIT *next_instr;
    int opcode, oparg;
    PyObject *value, *left, *right, *result;

    LOAD_FRAME();
    next_instr = frame->instr_ptr;
    DISPATCH();

#if !USE_COMPUTED_GOTOS
dispatch:
    CHECK_DEPTH();
    NEXTOPARG();
dispatch_opcode:
    switch (opcode) {
#endif

        TARGET(NOP)
        {
            DISPATCH();
        }

        TARGET(RESUME)
        {
            if (check_interrupt())
                goto error;
            DISPATCH();
        }

        TARGET(EXTENDED_ARG)
        {
            int high = oparg;
            NEXTOPARG();
            oparg |= high << 8;
            DISPATCH_SAME_OPARG();
        }

        TARGET(POP_TOP)
        {
            value = POP();
            Py_DECREF(value);
            DISPATCH();
        }

        TARGET(PUSH_NULL)
        {
            PUSH(NULL);
            DISPATCH();
        }

        TARGET(COPY)
        {
            value = PEEK(oparg);
            PUSH(Py_NewRef(value));
            DISPATCH();
        }

        TARGET(SWAP)
        {
            value = PEEK(oparg);
            PEEK(oparg) = TOP();
            SET_TOP(value);
            DISPATCH();
        }

        TARGET(LOAD_CONST)
        {
            PUSH(Py_NewRef(consts[oparg]));
            DISPATCH();
        }

        /* region: load-instructions */
        TARGET(LOAD_FAST)
        {
            value = localsplus[oparg];
            if (value == NULL) {
                unbound_local(code->co_varnames[oparg]);
                goto error;
            }
            PUSH(Py_NewRef(value));
            DISPATCH();
        }

        /* region: cells */
        TARGET(MAKE_CELL) /* the slot's value, if any, into a new cell */
        {
            PyObject *cell = PyCell_New(localsplus[oparg]);
            if (cell == NULL)
                goto error;
            Py_SETREF(localsplus[oparg], cell);
            DISPATCH();
        }

        TARGET(COPY_FREE_VARS) /* the closure's cells into their slots */
        {
            PyObject *closure = ((PyFunctionObject *)frame->func)->func_closure;
            for (int i = 0; i < oparg; i++)
                localsplus[code->co_freeslots[i]] =
                    Py_NewRef(PyTuple_GET_ITEM(closure, i));
            DISPATCH();
        }

        TARGET(LOAD_DEREF)
        {
            value = ((PyCellObject *)localsplus[oparg])->ob_ref;
            if (value == NULL) {
                unbound_cell(code, oparg);
                goto error;
            }
            PUSH(Py_NewRef(value));
            DISPATCH();
        }

        TARGET(STORE_DEREF)
        {
            value = POP();
            Py_SETREF(((PyCellObject *)localsplus[oparg])->ob_ref, value);
            DISPATCH();
        }

        TARGET(DELETE_DEREF)
        {
            PyCellObject *cell = (PyCellObject *)localsplus[oparg];
            if (cell->ob_ref == NULL) {
                unbound_cell(code, oparg);
                goto error;
            }
            Py_CLEAR(cell->ob_ref);
            DISPATCH();
        }
        /* endregion: cells */

        TARGET(LOAD_GLOBAL)
        {
            value = lookup(names[oparg >> 1], frame->globals, frame->builtins,
                           NULL);
            if (value == NULL)
                goto error;
            PUSH(value);
            if (oparg & 1)
                PUSH(NULL);
            DISPATCH();
        }

        TARGET(LOAD_NAME)
        {
            value = lookup(names[oparg], frame->locals, frame->globals,
                           frame->builtins);
            if (value == NULL)
                goto error;
            PUSH(value);
            DISPATCH();
        }
        /* endregion */

        /* An inlined comprehension keeps the value its name had (or
           NULL) on the stack while it uses the slot (PEP 709). */
        TARGET(LOAD_FAST_AND_CLEAR)
        {
            PUSH(localsplus[oparg]);
            localsplus[oparg] = NULL;
            DISPATCH();
        }

        /* region: store-fast */
        TARGET(STORE_FAST)
        {
            value = POP();
            Py_SETREF(localsplus[oparg], value);
            DISPATCH();
        }
        /* endregion */

        TARGET(DELETE_FAST)
        {
            if (localsplus[oparg] == NULL) {
                unbound_local(code->co_varnames[oparg]);
                goto error;
            }
            Py_CLEAR(localsplus[oparg]);
            DISPATCH();
        }

        TARGET(STORE_GLOBAL)
        {
            value = POP();
            int status = PyDict_SetItem(frame->globals, names[oparg], value);
            Py_DECREF(value);
            if (status < 0)
                goto error;
            DISPATCH();
        }

        TARGET(DELETE_GLOBAL)
        {
            if (delete_from(frame->globals, names[oparg]) < 0)
                goto error;
            DISPATCH();
        }

        /* region: store-name */
        TARGET(STORE_NAME)
        {
            value = POP();
            int status = PyDict_SetItem(frame->locals, names[oparg], value);
            Py_DECREF(value);
            if (status < 0)
                goto error;
            DISPATCH();
        }
        /* endregion */

        TARGET(DELETE_NAME)
        {
            if (delete_from(frame->locals, names[oparg]) < 0)
                goto error;
            DISPATCH();
        }

        TARGET(LOAD_ATTR)
        {
            PyObject *owner = TOP();
            if (oparg & 1) {
                if (load_method(owner, names[oparg >> 1], &value)) {
                    SET_TOP(value); /* the function, then its object */
                    PUSH(owner);
                    DISPATCH();
                }
            } else {
                value = PyObject_GetAttr(owner, names[oparg >> 1]);
            }
            Py_DECREF(owner);
            if (value == NULL) {
                stack_pointer--;
                goto error;
            }
            SET_TOP(value);
            if (oparg & 1)
                PUSH(NULL);
            DISPATCH();
        }

        TARGET(STORE_ATTR)
        {
            PyObject *owner = POP();
            value = POP();
            int status = PyObject_SetAttr(owner, names[oparg], value);
            Py_DECREF(value);
            Py_DECREF(owner);
            if (status < 0)
                goto error;
            DISPATCH();
        }

        TARGET(DELETE_ATTR)
        {
            PyObject *owner = POP();
            int status = PyObject_SetAttr(owner, names[oparg], NULL);
            Py_DECREF(owner);
            if (status < 0)
                goto error;
            DISPATCH();
        }

        TARGET(BINARY_SUBSCR)
        {
            right = POP();
            left = POP();
            result = PyObject_GetItem(left, right);
            Py_DECREF(left);
            Py_DECREF(right);
            if (result == NULL)
                goto error;
            PUSH(result);
            DISPATCH();
        }

        TARGET(STORE_SUBSCR)
        {
            right = POP();
            left = POP();
            value = POP();
            int status = PyObject_SetItem(left, right, value);
            Py_DECREF(value);
            Py_DECREF(left);
            Py_DECREF(right);
            if (status < 0)
                goto error;
            DISPATCH();
        }

        TARGET(DELETE_SUBSCR)
        {
            right = POP();
            left = POP();
            int status = PyObject_DelItem(left, right);
            Py_DECREF(left);
            Py_DECREF(right);
            if (status < 0)
                goto error;
            DISPATCH();
        }

        TARGET(BUILD_SLICE)
        {
            PyObject *step = oparg == 3 ? POP() : Py_NewRef(Py_None);
            right = POP();
            left = POP();
            result = PySlice_New(left, right, step);
            Py_DECREF(left);
            Py_DECREF(right);
            Py_DECREF(step);
            if (result == NULL)
                goto error;
            PUSH(result);
            DISPATCH();
        }

        TARGET(BINARY_SLICE)
        {
            right = POP();
            left = POP();
            value = PySlice_New(left, right, Py_None);
            Py_DECREF(left);
            Py_DECREF(right);
            PyObject *container = POP();
            result = value ? PyObject_GetItem(container, value) : NULL;
            Py_XDECREF(value);
            Py_DECREF(container);
            if (result == NULL)
                goto error;
            PUSH(result);
            DISPATCH();
        }

        TARGET(STORE_SLICE)
        {
            right = POP();
            left = POP();
            PyObject *slice = PySlice_New(left, right, Py_None);
            Py_DECREF(left);
            Py_DECREF(right);
            PyObject *container = POP();
            value = POP();
            int status = slice ? PyObject_SetItem(container, slice, value) : -1;
            Py_XDECREF(slice);
            Py_DECREF(container);
            Py_DECREF(value);
            if (status < 0)
                goto error;
            DISPATCH();
        }

        /* region: binary-op */
        TARGET(BINARY_OP)
        {
            right = POP();
            left = POP();
            PyObject **target =
                append_target(oparg, left, right, next_instr, localsplus);
            if (target != NULL) {
                Py_DECREF(left); /* the stack's; the local still holds it */
                PyUnicode_Append(target, right);
                Py_DECREF(right);
                if (*target == NULL)
                    goto error;
                next_instr++; /* the STORE_FAST is done */
                DISPATCH();
            }
            result = binary_ops[oparg](left, right);
            Py_DECREF(left);
            Py_DECREF(right);
            if (result == NULL)
                goto error;
            PUSH(result);
            DISPATCH();
        }
        /* endregion */

        TARGET(UNARY_NEGATIVE)
        {
            value = TOP();
            result = PyNumber_Negative(value);
            goto unary_done;
        }

        TARGET(UNARY_INVERT)
        {
            value = TOP();
            result = PyNumber_Invert(value);
            goto unary_done;
        }

        TARGET(CALL_INTRINSIC_1) /* unary plus, the prompt's echo, a tuple */
        {
            value = TOP();
            result = oparg == INTRINSIC_PRINT ? _PySys_DisplayHook(value)
                     : oparg == INTRINSIC_LIST_TO_TUPLE
                         ? _PyTuple_FromArray(((PyListObject *)value)->ob_item,
                                              Py_SIZE(value))
                         : PyNumber_Positive(value);
            goto unary_done;
        }

        /* region fstring */
        TARGET(CONVERT_VALUE) /* !s, !r, !a */
        {
            value = TOP();
            result = oparg == FVC_STR    ? PyObject_Str(value)
                     : oparg == FVC_REPR ? PyObject_Repr(value)
                                         : PyObject_ASCII(value);
            goto unary_done;
        }

        TARGET(FORMAT_SIMPLE)
        {
            value = TOP();
            if (PyUnicode_Check(value))
                DISPATCH(); /* a str formats as itself */
            result = PyObject_Format(value, NULL);
            goto unary_done;
        }

        TARGET(FORMAT_WITH_SPEC)
        {
            PyObject *spec = POP();
            value = TOP();
            result = PyObject_Format(value, spec);
            Py_DECREF(spec);
            goto unary_done;
        }

        TARGET(BUILD_STRING)
        {
            result = _PyUnicode_JoinArray(stack_pointer - oparg, oparg);
            for (int i = 0; i < oparg; i++) {
                value = POP();
                Py_DECREF(value);
            }
            if (result == NULL)
                goto error;
            PUSH(result);
            DISPATCH();
        }
        /* endregion */

        TARGET(UNARY_NOT)
        {
            value = TOP();
            int truth = PyObject_IsTrue(value);
            result = truth < 0 ? NULL : PyBool_FromLong(!truth);
            goto unary_done;
        }

    unary_done:
        Py_DECREF(value);
        if (result == NULL) {
            stack_pointer--;
            goto error;
        }
        SET_TOP(result);
        DISPATCH();

        TARGET(COMPARE_OP)
        {
            right = POP();
            left = POP();
            result = PyObject_RichCompare(left, right, oparg);
            Py_DECREF(left);
            Py_DECREF(right);
            if (result == NULL)
                goto error;
            PUSH(result);
            DISPATCH();
        }

        TARGET(IS_OP)
        {
            right = POP();
            left = POP();
            result = PyBool_FromLong((left == right) ^ oparg);
            Py_DECREF(left);
            Py_DECREF(right);
            PUSH(result);
            DISPATCH();
        }

        TARGET(CONTAINS_OP)
        {
            right = POP();
            left = POP();
            int found = PySequence_Contains(right, left);
            Py_DECREF(left);
            Py_DECREF(right);
            if (found < 0)
                goto error;
            PUSH(PyBool_FromLong(found ^ oparg));
            DISPATCH();
        }

        TARGET(POP_JUMP_IF_FALSE)
        {
            value = POP();
            int truth = value == Py_True    ? 1
                        : value == Py_False ? 0
                                            : PyObject_IsTrue(value);
            Py_DECREF(value);
            if (truth < 0)
                goto error;
            if (!truth)
                next_instr += oparg;
            DISPATCH();
        }

        TARGET(POP_JUMP_IF_TRUE)
        {
            value = POP();
            int truth = value == Py_True    ? 1
                        : value == Py_False ? 0
                                            : PyObject_IsTrue(value);
            Py_DECREF(value);
            if (truth < 0)
                goto error;
            if (truth)
                next_instr += oparg;
            DISPATCH();
        }

        TARGET(JUMP_FORWARD)
        {
            next_instr += oparg;
            DISPATCH();
        }

        TARGET(JUMP_BACKWARD)
        {
            if (check_interrupt())
                goto error;
            next_instr -= oparg;
            DISPATCH();
        }

        TARGET(GET_ITER)
        {
            value = TOP();
            result = PyObject_GetIter(value);
            Py_DECREF(value);
            if (result == NULL) {
                stack_pointer--;
                goto error;
            }
            SET_TOP(result);
            DISPATCH();
        }

        TARGET(FOR_ITER)
        {
            result = PyIter_Next(TOP());
            if (result != NULL) {
                PUSH(result);
                DISPATCH();
            }
            if (PyErr_Occurred())
                goto error;
            value = POP(); /* the iterator is exhausted: the loop is over */
            Py_DECREF(value);
            next_instr += oparg;
            DISPATCH();
        }

        TARGET(BUILD_LIST)
        {
            result = PyList_New(oparg);
            if (result == NULL)
                goto error;
            for (int i = oparg; i > 0; i--)
                PyList_SET_ITEM(result, i - 1, POP());
            PUSH(result);
            DISPATCH();
        }

        TARGET(LIST_APPEND)
        {
            value = POP();
            int status = PyList_Append(PEEK(oparg), value);
            Py_DECREF(value);
            if (status < 0)
                goto error;
            DISPATCH();
        }

        TARGET(LIST_EXTEND)
        {
            value = POP();
            int status = _PyList_Extend(PEEK(oparg), value);
            /* [*5]: CPython's message, unless iterating itself failed */
            if (status < 0 && PyErr_ExceptionMatches(EXC_TYPE) &&
                Py_TYPE(value)->tp_iter == NULL) {
                PyErr_Clear();
                PyErr_Format(EXC_TYPE,
                             "Value after * must be an iterable, not %s",
                             Py_TYPE(value)->tp_name);
            }
            Py_DECREF(value);
            if (status < 0)
                goto error;
            DISPATCH();
        }

        TARGET(BUILD_TUPLE)
        {
            result = PyTuple_New(oparg);
            if (result == NULL)
                goto error;
            for (int i = oparg; i > 0; i--)
                PyTuple_SET_ITEM(result, i - 1, POP());
            PUSH(result);
            DISPATCH();
        }

        TARGET(BUILD_MAP)
        {
            result = build_map(stack_pointer - 2 * oparg, oparg);
            if (result == NULL)
                goto error;
            for (int i = 0; i < 2 * oparg; i++) {
                value = POP();
                Py_DECREF(value);
            }
            PUSH(result);
            DISPATCH();
        }

        TARGET(BUILD_CONST_KEY_MAP) /* oparg values, then their keys */
        {
            PyObject *keys = POP();
            result = build_const_key_map(keys, stack_pointer - oparg, oparg);
            Py_DECREF(keys);
            if (result == NULL)
                goto error;
            for (int i = 0; i < oparg; i++) {
                value = POP();
                Py_DECREF(value);
            }
            PUSH(result);
            DISPATCH();
        }

        TARGET(MAP_ADD) /* a key and its value into the dict below */
        {
            value = POP();
            PyObject *key = POP();
            int status = PyDict_SetItem(PEEK(oparg), key, value);
            Py_DECREF(key);
            Py_DECREF(value);
            if (status < 0)
                goto error;
            DISPATCH();
        }

        TARGET(DICT_UPDATE) /* the dict on top into the one below */
        {
            value = POP();
            int status = dict_update(PEEK(oparg), value);
            Py_DECREF(value);
            if (status < 0)
                goto error;
            DISPATCH();
        }

        TARGET(DICT_MERGE) /* f(**x): callable, NULL, args, dict, x */
        {
            value = POP();
            int status = dict_merge(PEEK(oparg), value, PEEK(oparg + 3));
            Py_DECREF(value);
            if (status < 0)
                goto error;
            DISPATCH();
        }

        TARGET(CALL_FUNCTION_EX) /* callable, NULL, args, dict if oparg */
        {
            PyObject *kwargs = oparg & 1 ? POP() : NULL;
            PyObject *callargs = POP();
            PyObject **base = stack_pointer - 2;
            PyObject *callable = base[0];
            Frame *callee = NULL;
            frame->stacktop = (int)(stack_pointer - localsplus);
            result = call_ex(callable, callargs, kwargs, &callee);
            frame->stacktop = -1;
            Py_DECREF(callargs);
            Py_XDECREF(kwargs);
            bool pushed = callee != NULL;
            if (pushed)
                frame->stacktop = (int)(base - localsplus);
            Py_XDECREF(base[1]);
            Py_DECREF(callable);
            stack_pointer = base;
            if (pushed) {
                frame = callee;
                goto start_frame;
            }
            if (result == NULL)
                goto error;
            PUSH(result);
            DISPATCH();
        }

        TARGET(UNPACK_SEQUENCE)
        {
            value = POP();
            int status = unpack(value, oparg, stack_pointer);
            Py_DECREF(value);
            if (status < 0)
                goto error;
            stack_pointer += oparg;
            DISPATCH();
        }

        TARGET(UNPACK_EX)
        {
            value = POP();
            int before = oparg & 0xFF, after = oparg >> 8;
            int status = unpack_ex(value, before, after, stack_pointer);
            Py_DECREF(value);
            if (status < 0)
                goto error;
            stack_pointer += before + 1 + after;
            DISPATCH();
        }

        TARGET(CALL_KW)
        {
            PyObject *kwnames = POP();
            int nkw = (int)Py_SIZE(kwnames);
            PyObject **base = stack_pointer - oparg - 2;
            PyObject *callable = base[0];
            int extra = base[1] != NULL;
            PyObject **args = base + 2 - extra;
            Py_ssize_t nargs = oparg + extra - nkw;
            if (PyFunction_Check(callable)) {
                frame->stacktop = (int)(base - localsplus);
                Frame *callee =
                    _PyEval_PushFunctionFrame(callable, args, nargs, kwnames);
                Py_DECREF(kwnames);
                stack_pointer = base;
                if (callee == NULL)
                    goto error;
                frame = callee;
                goto start_frame;
            }
            frame->stacktop = (int)(stack_pointer - localsplus);
            result = PyObject_Call(callable, args, nargs, kwnames);
            frame->stacktop = -1;
            for (int i = 0; i < oparg + extra; i++)
                Py_DECREF(args[i]);
            Py_DECREF(callable);
            Py_DECREF(kwnames);
            stack_pointer = base;
            if (result == NULL)
                goto error;
            PUSH(result);
            DISPATCH();
        }

        /* region: call-instruction */
        /* The callable, self or NULL, then the arguments.  A bound method
           is split into its function and its object, so that a Python
           method's arguments move into its frame like any function's. */
        TARGET(CALL)
        {
            PyObject **base = stack_pointer - oparg - 2;
            PyObject *callable = base[0];
            if (base[1] == NULL && PyMethod_Check(callable)) {
                PyMethodObject *method = (PyMethodObject *)callable;
                base[1] = Py_NewRef(method->im_self);
                base[0] = Py_NewRef(method->im_func);
                Py_DECREF(callable);
                callable = base[0];
            }
            int extra = base[1] != NULL;
            PyObject **args = base + 2 - extra;
            Py_ssize_t nargs = oparg + extra;
            if (PyFunction_Check(callable)) {
                frame->stacktop = (int)(base - localsplus);
                Frame *callee =
                    _PyEval_PushFunctionFrame(callable, args, nargs, NULL);
                stack_pointer = base;
                if (callee == NULL)
                    goto error;
                frame = callee;
                goto start_frame;
            }
            frame->stacktop = (int)(stack_pointer - localsplus);
            result = PyObject_Call(callable, args, nargs, NULL);
            frame->stacktop = -1;
            for (Py_ssize_t i = 0; i < nargs; i++)
                Py_DECREF(args[i]);
            Py_DECREF(callable);
            stack_pointer = base;
            if (result == NULL)
                goto error;
            PUSH(result);
            DISPATCH();
        }
        /* endregion */

        TARGET(RETURN_CONST)
        {
            result = Py_NewRef(consts[oparg]);
            goto return_result;
        }

        TARGET(RETURN_VALUE)
        {
            result = POP();
            goto return_result;
        }

        TARGET(MAKE_FUNCTION)
        {
            value = TOP();
            result =
                PyFunction_New((Code *)value, frame->globals, frame->builtins);
            Py_DECREF(value);
            if (result == NULL) {
                stack_pointer--;
                goto error;
            }
            SET_TOP(result);
            DISPATCH();
        }

        /* Only the defaults (argument 1) are set: minipy has no keyword
           defaults, annotations or closures. */
        TARGET(SET_FUNCTION_ATTRIBUTE)
        {
            value = POP(); /* the function */
            PyFunctionObject *func = (PyFunctionObject *)value;
            if (oparg == MAKE_FUNCTION_CLOSURE)
                func->func_closure = TOP();
            else if (oparg == MAKE_FUNCTION_KWDEFAULTS)
                func->func_kwdefaults = TOP();
            else
                func->func_defaults = TOP();
            SET_TOP(value);
            DISPATCH();
        }

        TARGET(LOAD_BUILD_CLASS)
        {
            PUSH(Py_NewRef(_PyEval_BuildClass));
            DISPATCH();
        }

        TARGET(IMPORT_NAME)
        {
            value = POP(); /* the names to import from it: None */
            Py_DECREF(value);
            value = POP(); /* the level: 0, absolute */
            Py_DECREF(value);
            result = _PyImport_Import(names[oparg]);
            if (result == NULL)
                goto error;
            PUSH(result);
            DISPATCH();
        }

        /* The handler's first instruction: the exception being handled
           until now goes on the stack below the new one, which becomes
           the one being handled (sys.exception()). */
        TARGET(PUSH_EXC_INFO)
        {
            value = TOP();
            PyObject *previous = interp.exc_info;
            SET_TOP(previous != NULL ? previous : Py_NewRef(Py_None));
            interp.exc_info = Py_NewRef(value);
            PUSH(value);
            DISPATCH();
        }

        /* The handler is done: the exception handled before is again. */
        TARGET(POP_EXCEPT)
        {
            value = POP();
            PyObject *handled = interp.exc_info;
            interp.exc_info = value == Py_None ? NULL : value;
            if (value == Py_None)
                Py_DECREF(value);
            Py_XDECREF(handled);
            DISPATCH();
        }

        TARGET(CHECK_EXC_MATCH)
        {
            right = POP();
            int found = exception_matches(TOP(), right);
            Py_DECREF(right);
            if (found < 0)
                goto error;
            PUSH(PyBool_FromLong(found));
            DISPATCH();
        }

        /* raise, raise EXC.  A bare raise raises the exception being
           handled again, with its traceback, which gets no new line. */
        TARGET(RAISE_VARARGS)
        {
            if (oparg == 2) {
                value = POP(); /* the cause */
                do_raise(POP(), value);
                goto error;
            }
            if (oparg == 1) {
                do_raise(POP(), NULL);
                goto error;
            }
            if (interp.exc_info == NULL) {
                PyErr_Format(EXC_RUNTIME, "No active exception to reraise");
                goto error;
            }
            _PyErr_SetRaisedException(Py_NewRef(interp.exc_info));
            goto exception_unwind;
        }

        /* The end of a handler that did not handle the exception (or of
           a finally): it goes on, with its traceback as it was. */
        TARGET(RERAISE)
        {
            _PyErr_SetRaisedException(POP());
            goto exception_unwind;
        }

        TARGET(LOAD_ASSERTION_ERROR)
        {
            PUSH(Py_NewRef((PyObject *)PyExc_Type(EXC_ASSERTION)));
            DISPATCH();
        }

        TARGET(FIGURE)
        {
            if (interp.figures != NULL) {
                Stmt *s = code->co_figures[oparg];
                frame->stacktop = (int)(stack_pointer - localsplus);
                int status = figure_write(interp.figures, s->figure.name,
                                          s->figure.view);
                frame->stacktop = -1;
                if (status < 0)
                    goto error;
            }
            DISPATCH();
        }

        TARGET(FIGURE_STEP)
        {
            frame->stacktop = (int)(stack_pointer - localsplus);
            int status = figure_step(interp.figures, oparg);
            frame->stacktop = -1;
            if (status < 0)
                goto error;
            DISPATCH();
        }

#if !USE_COMPUTED_GOTOS
    default:
        PyErr_Format(EXC_RUNTIME, "unknown opcode %d", opcode);
        goto error;
    }
#endif

    /* A new frame: start at its first instruction. */
start_frame:
    LOAD_FRAME();
    next_instr = frame->instr_ptr;
    DISPATCH();

    /* Pop the frame; its caller, if it runs in this loop, goes on after
       its call with the result on its stack. */
return_result:
    assert(stack_pointer == STACK_BASE());
    if (frame->is_entry) {
        _PyEval_PopFrame(frame);
        return result;
    }
    {
        Frame *caller = frame->previous;
        _PyEval_PopFrame(frame);
        frame = caller;
    }
    LOAD_FRAME();
    next_instr = frame->instr_ptr + 1;
    PUSH(result);
    DISPATCH();

    /* An error: this frame gets a line in the traceback.  If the
       instruction has a handler in the exception table, the stack is cut
       back to the handler's depth, the exception pushed, and the handler
       runs; otherwise the frame lets go of its stack and is popped, and
       the caller sees the error where it called. */
error:
    PyErr_AddTraceback(code, _PyFrame_GetLocation(frame));
exception_unwind : {
    const ExceptionEntry *handler =
        find_handler(code, (int)(frame->instr_ptr - code->co_code));
    if (handler != NULL) {
        while (stack_pointer > STACK_BASE() + handler->depth) {
            value = POP();
            Py_XDECREF(value);
        }
        PUSH(_PyErr_GetRaisedException());
        next_instr = code->co_code + handler->target;
        DISPATCH();
    }
}
    while (stack_pointer > STACK_BASE()) {
        value = POP();
        Py_XDECREF(value);
    }
    if (frame->is_entry) {
        _PyEval_PopFrame(frame);
        return NULL;
    }
    {
        Frame *caller = frame->previous;
        _PyEval_PopFrame(frame);
        frame = caller;
    }
    LOAD_FRAME();
    goto error;
}

#if USE_COMPUTED_GOTOS
#pragma GCC diagnostic pop
#endif
