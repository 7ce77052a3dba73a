/* Frames and calls: pushing the frame of a call with its arguments in
   place, and the ways C code starts Python code (a module, a function
   called from C, a class body).  The loop that runs them is ceval.c. */
#include "eval.h"

#include "abstract.h"
#include "classobject.h"
#include "dictobject.h"
#include "errors.h"
#include "funcobject.h"
#include "interp.h"
#include "methodobject.h"
#include "pymem.h"
#include "suggestions.h"
#include "tupleobject.h"
#include "unicodeobject.h"

#include <string.h>

/* ---- frames ---- */

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

Frame *
_PyEval_PushFrame(Code *code, PyObject *globals, PyObject *builtins,
                  PyObject *locals, PyObject *func)
{
    Frame *frame = NULL;
    if (interp.depth >= interp.recursion_limit)
        PyErr_Format(EXC_RECURSION, "maximum recursion depth exceeded");
    else
        frame =
            frame_push(&interp.stack, code, globals, builtins, locals, func);
    if (frame == NULL) {
        Py_XDECREF(func);
        return NULL;
    }
    frame->previous = interp.frame;
    interp.frame = frame;
    interp.depth++;
    if (interp.trace)
        trace_frame("push", frame);
    return frame;
}

void
_PyEval_PopFrame(Frame *frame)
{
    if (interp.trace)
        trace_frame("pop ", frame);
    interp.depth--;
    interp.frame = frame->previous;
    frame_pop(&interp.stack, frame);
}

/* ---- binding arguments to parameters ---- */

static void
release_all(PyObject **args, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i < n; i++)
        Py_XDECREF(args[i]);
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
/* A keyword the function has no parameter for; 3.13 suggests the
   nearest of its parameters (Python/ceval.c, initialize_locals). */
static void
unexpected_keyword(const char *function, PyObject *keyword, Code *code)
{
    const char *names[256];
    size_t n = 0;
    for (int i = 0; i < code->co_argcount && n < 256; i++)
        names[n++] = PyUnicode_AsUTF8(code->co_varnames[i]);
    _PyErr_UnexpectedKeyword(function, PyUnicode_AsUTF8(keyword), names, n);
}

static int
bind_arguments(PyFunctionObject *fn, PyObject **args, Py_ssize_t nargs,
               PyObject *kwnames, PyObject **slots)
{
    Code *code = fn->func_code;
    const char *name = PyUnicode_AsUTF8(fn->func_qualname);
    Py_ssize_t nkw = kwnames ? Py_SIZE(kwnames) : 0;
    PyObject *defaults = fn->func_defaults;
    int ndefaults = defaults ? (int)Py_SIZE(defaults) : 0;
    int required = code->co_argcount - ndefaults;
    if (nargs > code->co_argcount && ndefaults > 0) {
        PyErr_Format(EXC_TYPE,
                     "%s() takes from %d to %d positional arguments but %zd "
                     "were given",
                     name, required, code->co_argcount, nargs);
        goto fail;
    }
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
        if (i == code->co_argcount) {
            unexpected_keyword(name, kw, code);
            goto fail;
        }
        if (slots[i] != NULL) {
            PyErr_Format(EXC_TYPE, "%s() got multiple values for argument '%s'",
                         name, PyUnicode_AsUTF8(kw));
            goto fail;
        }
        slots[i] = args[nargs + k];
        args[nargs + k] = NULL;
    }
    for (int i = required; i < code->co_argcount; i++)
        if (slots[i] == NULL)
            slots[i] = Py_NewRef(PyTuple_GET_ITEM(defaults, i - required));
    for (int i = 0; i < code->co_argcount; i++) {
        if (slots[i] == NULL) {
            missing_arguments(fn, slots);
            goto fail;
        }
    }
    return 0;
fail:
    release_all(args, nargs + nkw);
    for (int i = 0; i < code->co_argcount; i++)
        Py_CLEAR(slots[i]);
    return -1;
}

/* The arguments move from the caller's stack into the new frame's fast
   locals, as CPython's _PyEvalFramePushAndInit moves them: no copy, no
   count changes.  A frame whose arguments do not fit the parameters is
   popped again before it runs, so the traceback does not show it. */
Frame *
_PyEval_PushFunctionFrame(PyObject *func, PyObject **args, Py_ssize_t nargs,
                          PyObject *kwnames)
{
    PyFunctionObject *fn = (PyFunctionObject *)func;
    Code *code = fn->func_code;
    Frame *frame = _PyEval_PushFrame(code, fn->func_globals, fn->func_builtins,
                                     NULL, func);
    if (frame == NULL) {
        release_all(args, nargs + (kwnames ? Py_SIZE(kwnames) : 0));
        return NULL;
    }
    if (kwnames == NULL && nargs == code->co_argcount) {
        if (nargs > 0) /* args may be NULL then */
            memcpy(frame->localsplus, args, (size_t)nargs * sizeof *args);
        return frame;
    }
    if (bind_arguments(fn, args, nargs, kwnames, frame->localsplus) < 0) {
        _PyEval_PopFrame(frame);
        return NULL;
    }
    return frame;
}

/* ---- Python code started from C ---- */

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
    PyObject *result = NULL;
    if (Py_EnterRecursiveCall("") < 0) {
        release_all(owned, total);
    } else {
        Frame *frame =
            _PyEval_PushFunctionFrame(Py_NewRef(func), owned, nargs, kwnames);
        if (frame != NULL) {
            frame->is_entry = true;
            result = _PyEval_EvalFrame(frame);
        }
        Py_LeaveRecursiveCall();
    }
    if (owned != small)
        PyMem_RawFree(owned);
    return result;
}

int
eval_module(Code *code, PyObject *globals)
{
    Frame *frame =
        _PyEval_PushFrame(code, globals, interp.builtins, globals, NULL);
    if (frame == NULL)
        return -1;
    frame->is_entry = true;
    PyObject *result = _PyEval_EvalFrame(frame);
    if (result == NULL)
        return -1;
    Py_DECREF(result);
    return 0;
}

/* class A(B): run the body in a frame whose names go to a fresh dict,
   then make the class from that dict (CPython's builtin __build_class__,
   Python/bltinmodule.c). */
static PyObject *
build_class(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)self, (void)kwnames;
    PyFunctionObject *fn = (PyFunctionObject *)args[0];
    PyObject *base = nargs > 2 ? args[2] : (PyObject *)&PyBaseObject_Type;
    if (!PyType_Check(base)) {
        _PyErr_SetBadBase(base);
        return NULL;
    }
    Code *code = fn->func_code;
    PyObject *ns = PyDict_New(), *cls = NULL, *result = NULL;
    if (ns == NULL || Py_EnterRecursiveCall("") < 0) {
        Py_XDECREF(ns);
        return NULL;
    }
    Frame *frame =
        _PyEval_PushFrame(code, fn->func_globals, fn->func_builtins, ns, NULL);
    if (frame != NULL) {
        frame->is_entry = true;
        result = _PyEval_EvalFrame(frame);
    }
    Py_LeaveRecursiveCall();
    if (result != NULL)
        cls = _PyType_FromClassBody(code->co_name, code->co_qualname,
                                    (PyTypeObject *)base, ns);
    Py_XDECREF(result);
    Py_DECREF(ns);
    return cls;
}

static PyMethodDef build_class_def = {"__build_class__", build_class, 2, 3,
                                      false};
static PyCFunctionObject build_class_object = {
    .ob_base = PyObject_HEAD_INIT(&PyCFunction_Type),
    .m_ml = &build_class_def,
};
PyObject *const _PyEval_BuildClass = (PyObject *)&build_class_object;

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
