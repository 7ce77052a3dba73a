/* The evaluator: it walks the tree, running statements and computing
   expressions.  Every expression yields a new reference (or NULL with an
   error set); every statement says how it ended. */
#include "eval.h"

#include "abstract.h"
#include "classobject.h"
#include "dictobject.h"
#include "errors.h"
#include "figure.h"
#include "funcobject.h"
#include "interp.h"
#include "listobject.h"
#include "longobject.h"
#include "methodobject.h"
#include "pymem.h"
#include "sliceobject.h"
#include "sysmodule.h"
#include "tupleobject.h"
#include "unicodeobject.h"

#include <string.h>

typedef enum {
    EXEC_NEXT,
    EXEC_ERROR,
    EXEC_RETURN,
    EXEC_BREAK,
    EXEC_CONTINUE
} ExecStatus;

static PyObject *eval(Frame *f, Expr *e);
static ExecStatus exec_block(Frame *f, Stmt *s, PyObject **retval);

/* ---- names ---- */

static PyObject *
name_error(PyObject *name)
{
    PyErr_Format(EXC_NAME, "name '%s' is not defined", PyUnicode_AsUTF8(name));
    return NULL;
}

static PyObject *
unbound_local(PyObject *name)
{
    PyErr_Format(EXC_UNBOUND_LOCAL,
                 "cannot access local variable '%s' where it is not "
                 "associated with a value",
                 PyUnicode_AsUTF8(name));
    return NULL;
}

/* Look a name up in the dicts that may hold it, nearest first. */
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
    return name_error(name);
}

/* LEGB, resolved in advance: a local is a slot in the frame; a global
   is looked up in the module's dict, then the builtins; module and class
   bodies look in their own namespace first. */
static PyObject *
load_name(Frame *f, Expr *e)
{
    switch (e->name.scope) {
    case SCOPE_FAST: {
        PyObject *value = f->localsplus[e->name.slot];
        if (value == NULL)
            return unbound_local(e->name.id);
        return Py_NewRef(value);
    }
    case SCOPE_GLOBAL:
        return lookup(e->name.id, f->globals, f->builtins, NULL);
    default:
        return lookup(e->name.id, f->locals, f->globals, f->builtins);
    }
}

static int
store_name(Frame *f, Expr *e, PyObject *value)
{
    switch (e->name.scope) {
    case SCOPE_FAST:
        Py_SETREF(f->localsplus[e->name.slot], Py_NewRef(value));
        return 0;
    case SCOPE_GLOBAL:
        return PyDict_SetItem(f->globals, e->name.id, value);
    default:
        return PyDict_SetItem(f->locals, e->name.id, value);
    }
}

static int
delete_name(Frame *f, Expr *e)
{
    if (e->name.scope == SCOPE_FAST) {
        if (f->localsplus[e->name.slot] == NULL) {
            unbound_local(e->name.id);
            return -1;
        }
        Py_CLEAR(f->localsplus[e->name.slot]);
        return 0;
    }
    PyObject *dict = e->name.scope == SCOPE_GLOBAL ? f->globals : f->locals;
    if (PyDict_DelItem(dict, e->name.id) < 0) {
        if (PyErr_ExceptionMatches(EXC_KEY))
            name_error(e->name.id);
        return -1;
    }
    return 0;
}

/* ---- assignment targets ---- */

static int store(Frame *f, Expr *target, PyObject *value);

/* a, b = value: the value must yield exactly as many items. */
static int
store_unpack(Frame *f, Expr *target, PyObject *value)
{
    PyObject *items = _PyList_FromIterable(value);
    if (items == NULL) {
        if (PyErr_ExceptionMatches(EXC_TYPE))
            PyErr_Format(EXC_TYPE, "cannot unpack non-iterable %s object",
                         Py_TYPE(value)->tp_name);
        return -1;
    }
    Py_ssize_t want = target->seq.count, got = Py_SIZE(items);
    int status = 0;
    if (got != want) {
        if (got > want)
            PyErr_Format(EXC_VALUE,
                         "too many values to unpack (expected "
                         "%zd)",
                         want);
        else
            PyErr_Format(EXC_VALUE,
                         "not enough values to unpack (expected "
                         "%zd, got %zd)",
                         want, got);
        status = -1;
    }
    for (Py_ssize_t i = 0; status == 0 && i < want; i++)
        status = store(f, target->seq.items[i], PyList_GET_ITEM(items, i));
    Py_DECREF(items);
    return status;
}

static int
store(Frame *f, Expr *target, PyObject *value)
{
    int status = -1;
    PyObject *obj, *key;
    switch (target->kind) {
    case E_NAME:
        return store_name(f, target, value);
    case E_ATTR:
        if ((obj = eval(f, target->attr.value)) == NULL)
            return -1;
        status = PyObject_SetAttr(obj, target->attr.attr, value);
        Py_DECREF(obj);
        return status;
    case E_SUBSCRIPT:
        if ((obj = eval(f, target->subscript.value)) == NULL)
            return -1;
        if ((key = eval(f, target->subscript.index)) != NULL) {
            status = PyObject_SetItem(obj, key, value);
            Py_DECREF(key);
        }
        Py_DECREF(obj);
        return status;
    default:
        return store_unpack(f, target, value);
    }
}

static int delete (Frame *f, Expr *target)
{
    int status = -1;
    PyObject *obj, *key;
    switch (target->kind) {
    case E_NAME:
        return delete_name(f, target);
    case E_ATTR:
        if ((obj = eval(f, target->attr.value)) == NULL)
            return -1;
        status = PyObject_SetAttr(obj, target->attr.attr, NULL);
        Py_DECREF(obj);
        return status;
    case E_SUBSCRIPT:
        if ((obj = eval(f, target->subscript.value)) == NULL)
            return -1;
        if ((key = eval(f, target->subscript.index)) != NULL) {
            status = PyObject_DelItem(obj, key);
            Py_DECREF(key);
        }
        Py_DECREF(obj);
        return status;
    default:
        for (int i = 0; i < target->seq.count; i++)
            if (delete (f, target->seq.items[i]) < 0)
                return -1;
        return 0;
    }
}

/* ---- frames and calls ---- */

static void
trace_frame(const char *event, Frame *frame)
{
    trace_printf("[frame] %s %s: %zu bytes at chunk %d offset %zu, "
                 "depth %d\n",
                 event, PyUnicode_AsUTF8(frame->code->co_qualname),
                 frame->code->co_framesize,
                 datastack_chunk_index(&interp.stack, frame),
                 datastack_offset(&interp.stack, frame), interp.depth);
}

static void
release_all(PyObject **args, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i < n; i++)
        Py_XDECREF(args[i]);
}

/* Push a frame, run its code, pop it.  The frame takes over the
   references in args (moved, not copied, as CPython moves a call's
   arguments from the caller's stack into the new frame) and func's. */
static PyObject *
run_frame(Code *code, PyObject *globals, PyObject *builtins, PyObject *locals,
          PyObject *func, PyObject **args, int nargs)
{
    Frame *frame = NULL;
    if (interp.depth >= interp.recursion_limit)
        PyErr_Format(EXC_RECURSION, "maximum recursion depth exceeded");
    else if (_Py_CheckCStack("") == 0)
        frame =
            frame_push(&interp.stack, code, globals, builtins, locals, func);
    if (frame == NULL) {
        Py_XDECREF(func);
        release_all(args, nargs);
        return NULL;
    }
    for (int i = 0; i < nargs; i++)
        frame->localsplus[i] = args[i];
    frame->previous = interp.frame;
    interp.frame = frame;
    interp.depth++;
    if (interp.trace)
        trace_frame("push", frame);
    PyObject *retval = NULL;
    ExecStatus status = exec_block(frame, code->co_body, &retval);
    if (status == EXEC_ERROR)
        PyErr_AddTraceback(PyUnicode_AsUTF8(code->co_name), frame->lineno);
    else if (retval == NULL)
        retval = Py_NewRef(Py_None);
    if (interp.trace)
        trace_frame("pop ", frame);
    interp.depth--;
    interp.frame = frame->previous;
    frame_pop(&interp.stack, frame);
    return retval;
}

static void
missing_arguments(PyFunctionObject *fn, PyObject **slots)
{
    Code *code = fn->func_code;
    char names[512] = "";
    int missing = 0, total = 0;
    for (int i = 0; i < code->co_argcount; i++)
        total += slots[i] == NULL;
    for (int i = 0; i < code->co_argcount; i++) {
        if (slots[i] != NULL)
            continue;
        missing++;
        size_t used = strlen(names);
        const char *sep = missing == 1      ? ""
                          : missing < total ? ", "
                          : total == 2      ? " and "
                                            : ", and ";
        snprintf(names + used, sizeof names - used, "%s'%s'", sep,
                 PyUnicode_AsUTF8(code->co_varnames[i]));
    }
    PyErr_Format(EXC_TYPE,
                 "%s() missing %d required positional argument%s: "
                 "%s",
                 PyUnicode_AsUTF8(fn->func_qualname), total,
                 total == 1 ? "" : "s", names);
}

/* Put the arguments in the slots of the parameters they name.  The
   references in args move to slots; on an error all are released. */
static int
bind_arguments(PyFunctionObject *fn, PyObject **args, Py_ssize_t nargs,
               PyObject *kwnames, PyObject **slots)
{
    Code *code = fn->func_code;
    const char *name = PyUnicode_AsUTF8(fn->func_qualname);
    Py_ssize_t nkw = kwnames ? Py_SIZE(kwnames) : 0;
    if (nargs > code->co_argcount) {
        PyErr_Format(EXC_TYPE,
                     "%s() takes %d positional argument%s but %zd "
                     "%s given",
                     name, code->co_argcount, code->co_argcount == 1 ? "" : "s",
                     nargs, nargs == 1 ? "was" : "were");
        goto fail;
    }
    for (Py_ssize_t i = 0; i < nargs; i++) {
        slots[i] = args[i];
        args[i] = NULL;
    }
    for (Py_ssize_t k = 0; k < nkw; k++) {
        PyObject *kw = PyTuple_GET_ITEM(kwnames, k);
        int i = 0;
        while (i < code->co_argcount &&
               PyObject_RichCompareBool(code->co_varnames[i], kw, Py_EQ) != 1)
            i++;
        if (i == code->co_argcount || slots[i] != NULL) {
            PyErr_Format(EXC_TYPE,
                         i == code->co_argcount
                             ? "%s() got an unexpected keyword argument '%s'"
                             : "%s() got multiple values for argument '%s'",
                         name, PyUnicode_AsUTF8(kw));
            goto fail;
        }
        slots[i] = args[nargs + k];
        args[nargs + k] = NULL;
    }
    for (int i = 0; i < code->co_argcount; i++) {
        if (slots[i] == NULL) {
            missing_arguments(fn, slots);
            goto fail;
        }
    }
    return 0;
fail:
    release_all(args, nargs + nkw);
    release_all(slots, code->co_argcount);
    return -1;
}

/* Call a Python function, taking over the references to it and to its
   arguments. */
static PyObject *
call_function_steal(PyObject *func, PyObject **args, Py_ssize_t nargs,
                    PyObject *kwnames)
{
    PyFunctionObject *fn = (PyFunctionObject *)func;
    Code *code = fn->func_code;
    PyObject *small[8], **slots = small;
    if (code->co_argcount > 8 &&
        (slots = PyMem_RawCalloc((size_t)code->co_argcount, sizeof *slots)) ==
            NULL) {
        PyErr_NoMemory();
        release_all(args, nargs + (kwnames ? Py_SIZE(kwnames) : 0));
        Py_DECREF(func);
        return NULL;
    }
    memset(slots, 0,
           (size_t)(code->co_argcount < 8 ? 8 : code->co_argcount) *
               sizeof *slots);
    PyObject *result = NULL;
    if (bind_arguments(fn, args, nargs, kwnames, slots) == 0)
        result = run_frame(code, fn->func_globals, fn->func_builtins, NULL,
                           func, slots, code->co_argcount);
    else
        Py_DECREF(func);
    if (slots != small)
        PyMem_RawFree(slots);
    return result;
}

PyObject *
_PyFunction_Vectorcall(PyObject *func, PyObject *const *args, Py_ssize_t nargs,
                       PyObject *kwnames)
{
    Py_ssize_t total = nargs + (kwnames ? Py_SIZE(kwnames) : 0);
    PyObject *small[8], **owned = small;
    if (total > 8 &&
        (owned = PyMem_RawMalloc((size_t)total * sizeof *owned)) == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (Py_ssize_t i = 0; i < total; i++)
        owned[i] = Py_NewRef(args[i]);
    PyObject *result =
        call_function_steal(Py_NewRef(func), owned, nargs, kwnames);
    if (owned != small)
        PyMem_RawFree(owned);
    return result;
}

/* The callable of obj.name(...), found without making a bound method
   when it is a function or a builtin method of obj's type: then *self
   is obj, to be passed as the first argument. */
static PyObject *
get_method(PyObject *obj, PyObject *name, PyObject **self)
{
    *self = NULL;
    PyTypeObject *type = Py_TYPE(obj);
    bool generic = type->tp_getattro == PyObject_GenericGetAttr;
    if (PyInstance_Check(obj)) {
        PyObject *own = dicttable_get(&((PyInstanceObject *)obj)->attrs, name,
                                      PyObject_Hash(name));
        generic = own == NULL;
    }
    if (generic) {
        PyObject *found = _PyType_Lookup(type, name);
        if (found != NULL &&
            (PyFunction_Check(found) || PyMethodDescr_Check(found))) {
            *self = obj;
            return Py_NewRef(found);
        }
    }
    return PyObject_GetAttr(obj, name);
}

/* Call with the references in args handed over: a Python function keeps
   them in its frame; anything else borrows them and we let them go. */
static PyObject *
call_steal(PyObject *callable, PyObject **args, Py_ssize_t nargs,
           PyObject *kwnames)
{
    if (PyFunction_Check(callable))
        return call_function_steal(callable, args, nargs, kwnames);
    PyObject *result = PyObject_Call(callable, args, nargs, kwnames);
    release_all(args, nargs + (kwnames ? Py_SIZE(kwnames) : 0));
    Py_DECREF(callable);
    return result;
}

static PyObject *
eval_call(Frame *f, Expr *e)
{
    PyObject *callable, *self = NULL;
    if (e->call.func->kind == E_ATTR) {
        PyObject *obj = eval(f, e->call.func->attr.value);
        if (obj == NULL)
            return NULL;
        callable = get_method(obj, e->call.func->attr.attr, &self);
        if (self == NULL)
            Py_DECREF(obj);
    } else {
        callable = eval(f, e->call.func);
    }
    if (callable == NULL)
        return NULL;
    if (self == NULL && PyMethod_Check(callable)) {
        /* A bound method: call its function with its object in front, so
           that the arguments move into the frame, as CPython's CALL
           unpacks a method object. */
        PyMethodObject *method = (PyMethodObject *)callable;
        self = Py_NewRef(method->im_self);
        Py_SETREF(callable, Py_NewRef(method->im_func));
    }
    int extra = self != NULL, total = e->call.nargs + e->call.nkw + extra;
    PyObject *small[8], **args = small;
    if (total > 8 &&
        (args = PyMem_RawMalloc((size_t)total * sizeof *args)) == NULL) {
        PyErr_NoMemory();
        Py_XDECREF(self);
        Py_DECREF(callable);
        return NULL;
    }
    if (self != NULL)
        args[0] = self;
    for (int i = extra; i < total; i++) {
        if ((args[i] = eval(f, e->call.args[i - extra])) == NULL) {
            release_all(args, i);
            Py_DECREF(callable);
            if (args != small)
                PyMem_RawFree(args);
            return NULL;
        }
    }
    PyObject *result =
        call_steal(callable, args, e->call.nargs + extra, e->call.kwnames);
    if (args != small)
        PyMem_RawFree(args);
    return result;
}

/* ---- expressions ---- */

static PyObject *
binary(BinOp op, PyObject *left, PyObject *right)
{
    switch (op) {
    case OP_ADD:
        return PyNumber_Add(left, right);
    case OP_SUB:
        return PyNumber_Subtract(left, right);
    case OP_MUL:
        return PyNumber_Multiply(left, right);
    case OP_FLOORDIV:
        return PyNumber_FloorDivide(left, right);
    case OP_MOD:
        return PyNumber_Remainder(left, right);
    }
    return NULL;
}

static PyObject *
compare(CmpOp op, PyObject *left, PyObject *right)
{
    int found;
    switch (op) {
    case CMP_IS:
        return PyBool_FromLong(left == right);
    case CMP_IS_NOT:
        return PyBool_FromLong(left != right);
    case CMP_IN:
    case CMP_NOT_IN:
        found = PySequence_Contains(right, left);
        if (found < 0)
            return NULL;
        return PyBool_FromLong(found == (op == CMP_IN));
    default:
        return PyObject_RichCompare(left, right, (int)op);
    }
}

/* a < b < c is a < b and b < c, with b computed once. */
static PyObject *
eval_compare(Frame *f, Expr *e)
{
    PyObject *left = eval(f, e->compare.left);
    for (int i = 0; left != NULL; i++) {
        PyObject *right = eval(f, e->compare.comparators[i]);
        if (right == NULL) {
            Py_DECREF(left);
            return NULL;
        }
        PyObject *result = compare(e->compare.ops[i], left, right);
        Py_DECREF(left);
        if (result == NULL || i == e->compare.count - 1) {
            Py_DECREF(right);
            return result;
        }
        int truth = PyObject_IsTrue(result);
        if (truth <= 0) {
            Py_DECREF(right);
            if (truth < 0)
                Py_CLEAR(result);
            return result;
        }
        Py_DECREF(result);
        left = right;
    }
    return NULL;
}

/* a and b gives a if a is false, else b; a or b the other way round. */
static PyObject *
eval_boolop(Frame *f, Expr *e)
{
    PyObject *value = NULL;
    for (int i = 0; i < e->boolop.count; i++) {
        Py_XDECREF(value);
        if ((value = eval(f, e->boolop.values[i])) == NULL)
            return NULL;
        int truth = PyObject_IsTrue(value);
        if (truth < 0) {
            Py_DECREF(value);
            return NULL;
        }
        if (truth != e->boolop.is_and)
            break;
    }
    return value;
}

static PyObject *
eval_sequence(Frame *f, Expr *e)
{
    int n = e->seq.count;
    PyObject *seq = e->kind == E_LIST ? PyList_New(n) : PyTuple_New(n);
    for (int i = 0; seq != NULL && i < n; i++) {
        PyObject *item = eval(f, e->seq.items[i]);
        if (item == NULL)
            Py_CLEAR(seq); /* the items made so far go with it */
        else if (e->kind == E_LIST)
            PyList_SET_ITEM(seq, i, item);
        else
            PyTuple_SET_ITEM(seq, i, item);
    }
    return seq;
}

static PyObject *
eval_dict(Frame *f, Expr *e)
{
    PyObject *dict = PyDict_New();
    for (int i = 0; dict != NULL && i < e->dict.count; i++) {
        PyObject *key = eval(f, e->dict.keys[i]);
        PyObject *value = key ? eval(f, e->dict.values[i]) : NULL;
        if (value == NULL || PyDict_SetItem(dict, key, value) < 0)
            Py_CLEAR(dict);
        Py_XDECREF(key);
        Py_XDECREF(value);
    }
    return dict;
}

static PyObject *
eval_slice(Frame *f, Expr *e)
{
    Expr *parts[3] = {e->slice.lower, e->slice.upper, e->slice.step};
    PyObject *values[3] = {NULL, NULL, NULL}, *slice = NULL;
    for (int i = 0; i < 3; i++) {
        values[i] = parts[i] ? eval(f, parts[i]) : Py_NewRef(Py_None);
        if (values[i] == NULL)
            goto done;
    }
    slice = PySlice_New(values[0], values[1], values[2]);
done:
    for (int i = 0; i < 3; i++)
        Py_XDECREF(values[i]);
    return slice;
}

static PyObject *
eval_binary(Frame *f, Expr *e, bool unary)
{
    PyObject *left = eval(f, unary ? e->unary.operand : e->binop.left);
    if (left == NULL)
        return NULL;
    PyObject *result = NULL, *right = NULL;
    if (unary)
        result = e->unary.op == OP_NEG ? PyNumber_Negative(left)
                                       : PyNumber_Positive(left);
    else if ((right = eval(f, e->binop.right)) != NULL)
        result = binary(e->binop.op, left, right);
    Py_DECREF(left);
    Py_XDECREF(right);
    return result;
}

static PyObject *
eval_pair(Frame *f, Expr *first, Expr *second,
          PyObject *(*op)(PyObject *, PyObject *))
{
    PyObject *a = eval(f, first);
    PyObject *b = a ? eval(f, second) : NULL;
    PyObject *result = b ? op(a, b) : NULL;
    Py_XDECREF(a);
    Py_XDECREF(b);
    return result;
}

static PyObject *
eval(Frame *f, Expr *e)
{
    if (_Py_CheckCStack(" while evaluating an expression") < 0)
        return NULL;
    PyObject *result = NULL, *obj;
    int truth;
    switch (e->kind) {
    case E_CONST:
        result = Py_NewRef(e->constant);
        break;
    case E_NAME:
        result = load_name(f, e);
        break;
    case E_LIST:
    case E_TUPLE:
        result = eval_sequence(f, e);
        break;
    case E_DICT:
        result = eval_dict(f, e);
        break;
    case E_ATTR:
        if ((obj = eval(f, e->attr.value)) != NULL) {
            result = PyObject_GetAttr(obj, e->attr.attr);
            Py_DECREF(obj);
        }
        break;
    case E_SUBSCRIPT:
        result = eval_pair(f, e->subscript.value, e->subscript.index,
                           PyObject_GetItem);
        break;
    case E_SLICE:
        result = eval_slice(f, e);
        break;
    case E_CALL:
        result = eval_call(f, e);
        break;
    case E_BINOP:
        result = eval_binary(f, e, false);
        break;
    case E_UNARY:
        result = eval_binary(f, e, true);
        break;
    case E_NOT:
        if ((obj = eval(f, e->unary.operand)) != NULL) {
            truth = PyObject_IsTrue(obj);
            Py_DECREF(obj);
            result = truth < 0 ? NULL : PyBool_FromLong(!truth);
        }
        break;
    case E_BOOLOP:
        result = eval_boolop(f, e);
        break;
    case E_COMPARE:
        result = eval_compare(f, e);
        break;
    case E_IFEXP:
        if ((obj = eval(f, e->ifexp.test)) != NULL) {
            truth = PyObject_IsTrue(obj);
            Py_DECREF(obj);
            if (truth >= 0)
                result = eval(f, truth ? e->ifexp.body : e->ifexp.orelse);
        }
        break;
    }
    return result;
}

/* ---- statements ---- */

static int
exec_assign(Frame *f, Stmt *s)
{
    PyObject *value = eval(f, s->assign.value);
    if (value == NULL)
        return -1;
    int status = 0;
    for (int i = 0; status == 0 && i < s->assign.count; i++)
        status = store(f, s->assign.targets[i], value);
    Py_DECREF(value);
    return status;
}

static PyObject *
inplace(BinOp op, PyObject *old, PyObject *value)
{
    switch (op) {
    case OP_ADD:
        return PyNumber_InPlaceAdd(old, value);
    case OP_MUL:
        return PyNumber_InPlaceMultiply(old, value);
    default:
        return binary(op, old, value);
    }
}

/* x += v reads the target, combines in place if the type can (a list
   extends itself), and stores the result back.  The object and key of
   a.b += v and a[k] += v are computed once. */
static int
exec_augassign(Frame *f, Stmt *s)
{
    Expr *target = s->augassign.target;
    PyObject *obj = NULL, *key = NULL, *old = NULL, *value, *result = NULL;
    int status = -1;
    if (target->kind == E_NAME) {
        old = load_name(f, target);
    } else if ((obj = eval(f, target->kind == E_ATTR
                                  ? target->attr.value
                                  : target->subscript.value)) != NULL) {
        if (target->kind == E_ATTR)
            old = PyObject_GetAttr(obj, target->attr.attr);
        else if ((key = eval(f, target->subscript.index)) != NULL)
            old = PyObject_GetItem(obj, key);
    }
    if (old != NULL && (value = eval(f, s->augassign.value)) != NULL) {
        result = inplace(s->augassign.op, old, value);
        Py_DECREF(value);
    }
    if (result != NULL) {
        if (target->kind == E_NAME)
            status = store_name(f, target, result);
        else if (target->kind == E_ATTR)
            status = PyObject_SetAttr(obj, target->attr.attr, result);
        else
            status = PyObject_SetItem(obj, key, result);
        Py_DECREF(result);
    }
    Py_XDECREF(old);
    Py_XDECREF(key);
    Py_XDECREF(obj);
    return status;
}

static ExecStatus
exec_loop_body(Frame *f, Stmt *body, PyObject **retval, bool *stop)
{
    *stop = true;
    if (interp.interrupted) {
        interp.interrupted = 0;
        PyErr_Format(EXC_KEYBOARD_INTERRUPT, "");
        return EXEC_ERROR;
    }
    ExecStatus status = exec_block(f, body, retval);
    if (status == EXEC_BREAK)
        return EXEC_NEXT;
    *stop = status != EXEC_NEXT && status != EXEC_CONTINUE;
    return status == EXEC_CONTINUE ? EXEC_NEXT : status;
}

static ExecStatus
exec_while(Frame *f, Stmt *s, PyObject **retval)
{
    for (;;) {
        f->lineno = s->line;
        PyObject *cond = eval(f, s->while_.test);
        if (cond == NULL)
            return EXEC_ERROR;
        int truth = PyObject_IsTrue(cond);
        Py_DECREF(cond);
        if (truth < 0)
            return EXEC_ERROR;
        if (!truth)
            return EXEC_NEXT;
        bool stop;
        ExecStatus status = exec_loop_body(f, s->while_.body, retval, &stop);
        if (stop)
            return status;
    }
}

static ExecStatus
exec_for(Frame *f, Stmt *s, PyObject **retval)
{
    PyObject *seq = eval(f, s->for_.iter);
    PyObject *iter = seq ? PyObject_GetIter(seq) : NULL;
    Py_XDECREF(seq);
    if (iter == NULL)
        return EXEC_ERROR;
    ExecStatus status = EXEC_NEXT;
    for (;;) {
        f->lineno = s->line;
        PyObject *item = PyIter_Next(iter);
        if (item == NULL) {
            status = PyErr_Occurred() ? EXEC_ERROR : EXEC_NEXT;
            break;
        }
        int stored = store(f, s->for_.target, item);
        Py_DECREF(item);
        if (stored < 0) {
            status = EXEC_ERROR;
            break;
        }
        bool stop;
        status = exec_loop_body(f, s->for_.body, retval, &stop);
        if (stop)
            break;
    }
    Py_DECREF(iter);
    return status;
}

static int
exec_def(Frame *f, Stmt *s)
{
    PyObject *func = PyFunction_New(s->def.code, f->globals, f->builtins);
    if (func == NULL)
        return -1;
    int status = store(f, s->def.target, func);
    Py_DECREF(func);
    return status;
}

/* class A(B): run the body in a frame whose names go to a fresh dict,
   then make the class from that dict. */
static int
exec_class(Frame *f, Stmt *s)
{
    PyObject *base = s->class_.base ? eval(f, s->class_.base)
                                    : Py_NewRef((PyObject *)&PyBaseObject_Type);
    if (base == NULL)
        return -1;
    if (!PyType_Check(base)) {
        _PyErr_SetBadBase(base);
        Py_DECREF(base);
        return -1;
    }
    Code *code = s->class_.code;
    PyObject *ns = PyDict_New(), *cls = NULL, *result = NULL;
    if (ns != NULL &&
        PyDict_SetItemString(ns, "__module__", interp.id_main) == 0 &&
        PyDict_SetItemString(ns, "__qualname__", code->co_qualname) == 0)
        result = run_frame(code, f->globals, f->builtins, ns, NULL, NULL, 0);
    if (result != NULL)
        cls = _PyType_FromClassBody(code->co_name, code->co_qualname,
                                    (PyTypeObject *)base, ns);
    Py_XDECREF(result);
    Py_XDECREF(ns);
    Py_DECREF(base);
    if (cls == NULL)
        return -1;
    int status = store(f, s->class_.target, cls);
    Py_DECREF(cls);
    return status;
}

static int
exec_import(Frame *f, Stmt *s)
{
    for (int i = 0; i < s->names.count; i++) {
        PyObject *module = _PyImport_Import(s->names.names[i]);
        if (module == NULL)
            return -1;
        int status = store(f, s->names.targets[i], module);
        Py_DECREF(module);
        if (status < 0)
            return -1;
    }
    return 0;
}

static int
exec_expression(Frame *f, Stmt *s)
{
    PyObject *value = eval(f, s->expr);
    Py_XDECREF(value);
    return value == NULL ? -1 : 0;
}

static int
exec_del(Frame *f, Stmt *s)
{
    for (int i = 0; i < s->del.count; i++)
        if (delete (f, s->del.targets[i]) < 0)
            return -1;
    return 0;
}

static ExecStatus
exec_if(Frame *f, Stmt *s, PyObject **retval)
{
    PyObject *cond = eval(f, s->if_.test);
    if (cond == NULL)
        return EXEC_ERROR;
    int truth = PyObject_IsTrue(cond);
    Py_DECREF(cond);
    if (truth < 0)
        return EXEC_ERROR;
    return exec_block(f, truth ? s->if_.body : s->if_.orelse, retval);
}

static ExecStatus
exec_statement(Frame *f, Stmt *s, PyObject **retval)
{
    f->lineno = s->line;
    switch (s->kind) {
    case S_EXPR:
        return exec_expression(f, s) < 0 ? EXEC_ERROR : EXEC_NEXT;
    case S_ASSIGN:
        return exec_assign(f, s) < 0 ? EXEC_ERROR : EXEC_NEXT;
    case S_AUGASSIGN:
        return exec_augassign(f, s) < 0 ? EXEC_ERROR : EXEC_NEXT;
    case S_DEL:
        return exec_del(f, s) < 0 ? EXEC_ERROR : EXEC_NEXT;
    case S_PASS:
        return EXEC_NEXT;
    case S_IF:
        return exec_if(f, s, retval);
    case S_WHILE:
        return exec_while(f, s, retval);
    case S_FOR:
        return exec_for(f, s, retval);
    case S_BREAK:
        return EXEC_BREAK;
    case S_CONTINUE:
        return EXEC_CONTINUE;
    case S_RETURN:
        *retval = s->expr ? eval(f, s->expr) : Py_NewRef(Py_None);
        return *retval == NULL ? EXEC_ERROR : EXEC_RETURN;
    case S_DEF:
        return exec_def(f, s) < 0 ? EXEC_ERROR : EXEC_NEXT;
    case S_CLASS:
        return exec_class(f, s) < 0 ? EXEC_ERROR : EXEC_NEXT;
    case S_GLOBAL:
        return EXEC_NEXT;
    case S_IMPORT:
        return exec_import(f, s) < 0 ? EXEC_ERROR : EXEC_NEXT;
    case S_FIGURE:
        if (interp.figures == NULL)
            return EXEC_NEXT;
        return figure_write(interp.figures, s->figure.name, s->figure.view) < 0
                   ? EXEC_ERROR
                   : EXEC_NEXT;
    }
    return EXEC_ERROR;
}

static ExecStatus
exec_block(Frame *f, Stmt *s, PyObject **retval)
{
    for (; s != NULL; s = s->next) {
        ExecStatus status = exec_statement(f, s, retval);
        if (status != EXEC_NEXT)
            return status;
    }
    return EXEC_NEXT;
}

int
eval_module(Code *code, PyObject *globals)
{
    PyObject *result =
        run_frame(code, globals, interp.builtins, globals, NULL, NULL, 0);
    if (result == NULL)
        return -1;
    Py_DECREF(result);
    return 0;
}

PyObject *
_PyFrame_LocalsToDict(Frame *frame)
{
    if (frame->locals != NULL)
        return Py_NewRef(frame->locals);
    PyObject *dict = PyDict_New();
    for (int i = 0; dict != NULL && i < frame->code->co_nlocals; i++) {
        PyObject *value = frame->localsplus[i];
        if (value != NULL &&
            PyDict_SetItem(dict, frame->code->co_varnames[i], value) < 0)
            Py_CLEAR(dict);
    }
    return dict;
}
